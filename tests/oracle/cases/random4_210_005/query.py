from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").dropna(subset=["v"]).withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "update"
