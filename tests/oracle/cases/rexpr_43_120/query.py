from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(d < 86400L)")).withColumn("c2", expr("CASE WHEN ((c1 IS NOT TRUE) <> b) THEN round(m, 1) WHEN b THEN (round(0.001, 2) / nullif(j, 0)) END")).drop("i", "j", "k", "d", "m", "t")
OUTPUT_MODE = "append"
