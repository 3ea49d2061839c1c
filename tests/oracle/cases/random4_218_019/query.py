from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").dropDuplicates(["n"])
OUTPUT_MODE = "append"
