from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").na.fill({"v": 0.0, "cat": "none"}).select("ts", "v")
OUTPUT_MODE = "append"
