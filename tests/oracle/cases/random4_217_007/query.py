from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy("cat").agg(F.sum("v").alias("sv"), F.count("*").alias("cnt"), F.max("n").alias("mx"))
OUTPUT_MODE = "complete"
