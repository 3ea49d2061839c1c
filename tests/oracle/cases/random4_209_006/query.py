from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).groupBy(F.expr("n % 2").alias("g")).agg(F.sum("v").alias("sv"), F.array_sort(F.collect_list("n")).alias("ns")).orderBy(F.col("sv").desc_nulls_last())
OUTPUT_MODE = "complete"
