from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy(F.window("ts", "2 minutes"), F.expr("n % 3").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.round(F.stddev("v"), 3).alias("sd"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "complete"
