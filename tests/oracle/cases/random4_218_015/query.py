from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
other = df.filter(F.col("v") > 5).withColumn("cat", F.upper("cat"))
result = df.select("cat", "v").union(other.select("cat", "v")).groupBy("cat").agg(F.sum("v").alias("sv"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "update"
