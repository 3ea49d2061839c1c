from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").na.fill({"v": 0.0, "cat": "none"}).groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.sum("v").alias("sv"))
OUTPUT_MODE = "append"
