from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "n", "greatest(ts, nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), nullif(CASE WHEN b THEN ts WHEN b THEN ts WHEN (id >= 1000L) THEN ts ELSE ts END, TIMESTAMP'2024-03-01 12:30:00.123456')) AS c1", "ceil(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END) AS c2", "hash((i - i)) AS c3")
OUTPUT_MODE = "append"
