from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.round(F.stddev("v"), 3).alias("sd"), (F.sum("v") / F.count("*")).alias("mean")).orderBy(F.col("big").desc_nulls_last())
OUTPUT_MODE = "complete"
