from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), F.approx_count_distinct("cat").alias("dc")).orderBy(F.col("ns").desc_nulls_last())
OUTPUT_MODE = "complete"
