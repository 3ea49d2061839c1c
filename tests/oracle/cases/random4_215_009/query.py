from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy(F.window("ts", "5 minutes"), F.expr("n % 2").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.array_sort(F.collect_list("n")).alias("ns"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"))
OUTPUT_MODE = "update"
