from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("tag", F.explode(F.split(F.col("tags"), ","))).dropna(subset=["v"]).groupBy("tag").agg(F.count("*").alias("cnt"), F.round(F.stddev("v"), 3).alias("sd"))
OUTPUT_MODE = "update"
