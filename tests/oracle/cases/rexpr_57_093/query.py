from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("dt").cast("string") > F.substr(col("t"), lit(0), lit(10))) | (col("s") <= lit("o")))).select("id", expr("(CAST(ifnull(ts, TIMESTAMP'2024-03-01 12:30:00.123456') AS DATE) + INTERVAL 1 DAY)").alias("c1"), F.coalesce(col("i"), F.char_length(col("s")), lit(7)).alias("c2"))
OUTPUT_MODE = "append"
