from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.expr("n % 2").alias("g")).agg(F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), (F.sum("v") / F.count("*")).alias("mean"), F.sum("v").alias("sv")).orderBy(F.col("big").desc_nulls_last())
OUTPUT_MODE = "complete"
