from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.date_trunc("WEEK", col("ts"))).withColumn("c2", expr("coalesce(ts, TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c3", F.char_length(col("s")))
OUTPUT_MODE = "append"
