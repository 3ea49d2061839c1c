from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, s STRING, m DECIMAL(38,10), f FLOAT, dt DATE, i INT, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "abs((CASE WHEN TRY_CAST(s AS BOOLEAN) THEN d WHEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') THEN f ELSE d END / nullif(CASE WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN i WHEN (d < 0.001D) THEN i ELSE i END, 0))) AS c1", "(m - m) AS c2")
OUTPUT_MODE = "append"
