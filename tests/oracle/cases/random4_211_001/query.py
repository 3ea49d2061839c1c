from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.expr("n % 3").alias("g")).agg(F.count("*").alias("cnt"), (F.sum("v") / F.count("*")).alias("mean")).filter(F.col("cnt") > 1).orderBy(F.col("cnt").desc_nulls_last())
OUTPUT_MODE = "complete"
