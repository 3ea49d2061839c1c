from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, word STRING, n BIGINT, price DOUBLE, day DATE, amount DECIMAL(10,2)").load(INPUT)
seen = df.withWatermark("ts", "5 minutes").observe("seen", F.count(F.lit(1)).alias("rows"), F.min("ts").alias("first"), F.max("ts").alias("last"))
result = seen.groupBy(F.window("ts", "10 minutes")).agg(F.count("*").alias("n"))
OUTPUT_MODE = "append"
