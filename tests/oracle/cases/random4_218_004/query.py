from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy(F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.round(F.stddev("v"), 3).alias("sd"))
OUTPUT_MODE = "update"
