from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).na.fill({"v": 0.0, "cat": "none"}).groupBy(F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), F.approx_count_distinct("cat").alias("dc"), F.max("n").alias("mx"))
OUTPUT_MODE = "update"
