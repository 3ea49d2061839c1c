from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").dropna(subset=["v"]).withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").dropDuplicates(["n", "ts"])
OUTPUT_MODE = "append"
