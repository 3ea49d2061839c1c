from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.count("*").alias("cnt"))
OUTPUT_MODE = "update"
