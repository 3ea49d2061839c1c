from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "add_months(make_date(2023, month(dt), 1), 10) AS c1", "(f * f) AS c2", "nvl2(CASE WHEN (t IS NOT NULL) THEN id WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN id ELSE id END, CAST(NULL AS DATE), DATE'2025-03-01') AS c3", "nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456')", "(m <=> f) AS c5")
OUTPUT_MODE = "append"
