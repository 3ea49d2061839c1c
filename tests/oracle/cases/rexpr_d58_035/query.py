from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("TRY_CAST(t AS TIMESTAMP)").alias("c1"), expr("CASE WHEN b THEN (timestamp_seconds(i) + INTERVAL '90' MINUTE) ELSE CASE b WHEN false THEN ts ELSE ts END END").alias("c2"))
OUTPUT_MODE = "append"
