from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy(F.window("ts", "2 minutes"), "tag").agg(F.array_sort(F.collect_list("n")).alias("ns"), F.round(F.stddev("v"), 3).alias("sd"), F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "update"
