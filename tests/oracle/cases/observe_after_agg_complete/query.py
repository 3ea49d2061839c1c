from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, word STRING, n BIGINT, price DOUBLE, day DATE, amount DECIMAL(10,2)").load(INPUT)
result = df.groupBy("word").agg(F.count("*").alias("cnt")).observe("groups", F.count(F.lit(1)).alias("groups"), F.sum("cnt").alias("rows"))
OUTPUT_MODE = "complete"
