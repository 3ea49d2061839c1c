from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy("cat").agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.max("n").alias("mx"), F.count("*").alias("cnt"))
OUTPUT_MODE = "update"
