from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("tag", F.explode(F.split(F.col("tags"), ","))).select("ts", "cat")
OUTPUT_MODE = "append"
