from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("i") <= lit(-1)) | (col("t") != lit("a")))).select("id", (col("d") - col("i")), expr("(CASE WHEN (t <= '2024-02-29') THEN ts WHEN (id IS NOT NULL) THEN ts WHEN (i <> 10) THEN ts ELSE (ts - INTERVAL 1 MONTH) END - INTERVAL '1 02:03:04.000005' DAY TO SECOND)").alias("c2"), F.round(col("m"), 1).alias("c3"), expr("month(dt)").alias("c4"))
OUTPUT_MODE = "append"
