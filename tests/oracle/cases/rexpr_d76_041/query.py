from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, m DECIMAL(18,6), s STRING, ts TIMESTAMP, k BIGINT, b BOOLEAN, t STRING, dt DATE, i INT, d DOUBLE").load(INPUT)
result = df.select("id", F.ifnull(col("m"), expr("12.345")).alias("c1"), expr("((i - m) * greatest(0.5D, d, CAST(m AS DOUBLE)))").alias("c2"), F.initcap(col("t")).alias("c3"), F.when((col("id") >= lit(86400).cast("bigint")), col("ts")).when(col("b"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).otherwise(col("ts")).cast("date").alias("c4"))
OUTPUT_MODE = "append"
