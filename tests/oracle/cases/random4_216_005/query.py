from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy(F.expr("n % 2").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big")).orderBy(F.col("dc").desc_nulls_last())
OUTPUT_MODE = "complete"
