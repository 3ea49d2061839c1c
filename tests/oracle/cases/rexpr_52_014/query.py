from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(4,1), dt DATE, ts TIMESTAMP, d DOUBLE, i INT, j INT, s STRING, m DECIMAL(7,0)").load(INPUT)
result = df.groupBy("i", F.when((col("d") < lit(-1.5)), col("d")).when(col("dt").isNotNull(), col("d")).when((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))), col("d")).alias("k2")).agg((F.max((col("m") * col("n"))) - F.min((col("m") * col("n")))).alias("a1"), expr("max(try_element_at(split('日本', '[aeiou]'), -1)) AS a2"))
OUTPUT_MODE = "update"
