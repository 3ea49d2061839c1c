from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).dropna(subset=["v"]).groupBy(F.expr("n % 3").alias("g")).agg((F.sum("v") / F.count("*")).alias("mean"), F.count("*").alias("cnt"), F.round(F.stddev("v"), 3).alias("sd")).filter(F.col("cnt") > 1)
OUTPUT_MODE = "update"
