from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.window("ts", "5 minutes"), "band").agg(F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "append"
