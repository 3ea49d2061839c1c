from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).select("n", "tag")
OUTPUT_MODE = "append"
