from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), F.round(F.stddev("v"), 3).alias("sd"), F.approx_count_distinct("cat").alias("dc")).orderBy(F.col("ns").desc_nulls_last())
OUTPUT_MODE = "complete"
