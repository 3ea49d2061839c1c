from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.window("ts", "2 minutes"), F.expr("n % 2").alias("g")).agg((F.sum("v") / F.count("*")).alias("mean"), F.array_sort(F.collect_set("cat")).alias("cats"), F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "complete"
