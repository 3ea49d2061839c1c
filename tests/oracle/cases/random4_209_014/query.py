from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.expr("n % 3").alias("g")).agg(F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.max("n").alias("mx"), F.min(F.struct("v", "n")).alias("lo"))
OUTPUT_MODE = "update"
