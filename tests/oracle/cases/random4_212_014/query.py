from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).dropna(subset=["v"]).groupBy(F.expr("n % 3").alias("g")).agg((F.sum("v") / F.count("*")).alias("mean"), F.array_sort(F.collect_set("cat")).alias("cats"), F.sum("v").alias("sv")).orderBy(F.col("mean").desc_nulls_last())
OUTPUT_MODE = "complete"
