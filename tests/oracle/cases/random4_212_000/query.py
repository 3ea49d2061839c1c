from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).na.fill({"v": 0.0, "cat": "none"}).groupBy(F.window("ts", "2 minutes"), F.expr("n % 2").alias("g")).agg((F.sum("v") / F.count("*")).alias("mean"), F.sum("v").alias("sv"), F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "append"
