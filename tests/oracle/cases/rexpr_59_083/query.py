from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "((m / nullif(-3.10, 0)) * CASE WHEN b THEN i WHEN b THEN i WHEN (s IS NOT NULL) THEN 2 ELSE i END) AS c1", "(trunc(CASE WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN dt WHEN b THEN dt WHEN b THEN dt ELSE dt END, 'YEAR') - INTERVAL -10 DAYS) AS c2").filter(col("j").isNotNull())
OUTPUT_MODE = "append"
