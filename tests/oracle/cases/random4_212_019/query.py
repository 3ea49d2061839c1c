from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy("cat").agg(F.round(F.stddev("v"), 3).alias("sd"), F.array_sort(F.collect_set("cat")).alias("cats"), F.array_sort(F.collect_list("n")).alias("ns"))
OUTPUT_MODE = "update"
