from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy(F.expr("n % 3").alias("g")).agg((F.sum("v") / F.count("*")).alias("mean"), F.round(F.stddev("v"), 3).alias("sd"), F.count("*").alias("cnt")).orderBy(F.col("mean").desc_nulls_last())
OUTPUT_MODE = "complete"
