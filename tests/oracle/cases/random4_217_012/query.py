from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy("tag").agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.min(F.struct("v", "n")).alias("lo"), F.sum("v").alias("sv")).orderBy(F.col("cats").desc_nulls_last())
OUTPUT_MODE = "complete"
