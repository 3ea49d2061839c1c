from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).select("n", "ts")
OUTPUT_MODE = "append"
