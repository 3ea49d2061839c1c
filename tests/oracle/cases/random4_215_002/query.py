from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy("cat").agg((F.sum("v") / F.count("*")).alias("mean"), F.approx_count_distinct("cat").alias("dc"), F.count("*").alias("cnt"))
OUTPUT_MODE = "update"
