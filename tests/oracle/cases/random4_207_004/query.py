from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).dropna(subset=["v"]).groupBy(F.window("ts", "5 minutes"), F.expr("n % 2").alias("g")).agg(F.round(F.stddev("v"), 3).alias("sd"), F.sum("v").alias("sv"), F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "append"
