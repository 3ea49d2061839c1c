from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").na.fill({"v": 0.0, "cat": "none"}).withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).groupBy(F.window("ts", "2 minutes"), F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.count("*").alias("cnt"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "update"
