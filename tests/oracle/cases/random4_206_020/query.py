from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy("cat").agg(F.sum("v").alias("sv"))
OUTPUT_MODE = "update"
