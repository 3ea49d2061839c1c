from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.date_sub(col("dt"), col("i"))).withColumn("c2", expr("CASE WHEN (m IS NULL) THEN CASE WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (s <= 'abc') THEN ts WHEN (dt = DATE'2024-02-29') THEN ts END WHEN (d <> id) THEN ts WHEN b THEN (ts - INTERVAL -3 DAYS) END")).drop("i", "d", "m", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
