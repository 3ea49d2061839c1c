from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("b") & (col("j") >= lit(3))) | (col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).selectExpr("id", "CAST(j AS BIGINT)", "(d * least(n, m)) AS c2", "(date_trunc('DAY', date_trunc('HOUR', ts)) - INTERVAL 36 HOURS) AS c3", "CASE WHEN b THEN ts WHEN (j NOT IN (1, 0)) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (d < 3.75D) THEN CASE WHEN b THEN ts WHEN (ts >= TIMESTAMP'2024-02-29 00:00:00') THEN ts WHEN (s > 'a') THEN ts END END AS c4")
OUTPUT_MODE = "append"
