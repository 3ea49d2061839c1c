from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy(F.window("ts", "2 minutes"), F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), F.array_sort(F.collect_set("cat")).alias("cats"))
OUTPUT_MODE = "append"
