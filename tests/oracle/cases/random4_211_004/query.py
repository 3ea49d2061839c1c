from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").na.fill({"v": 0.0, "cat": "none"}).selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy("parity").agg(F.max("n").alias("mx"), F.min(F.struct("v", "n")).alias("lo"), F.array_sort(F.collect_set("cat")).alias("cats"))
OUTPUT_MODE = "update"
