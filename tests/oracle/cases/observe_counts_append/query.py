from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, word STRING, n BIGINT, price DOUBLE, day DATE, amount DECIMAL(10,2)").load(INPUT)
result = df.observe("metrics", F.count(F.lit(1)).alias("rows"), F.sum("n").alias("total"), F.max("word"), F.avg("price").alias("avg_price"))
OUTPUT_MODE = "append"
