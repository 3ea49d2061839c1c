from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "append"
