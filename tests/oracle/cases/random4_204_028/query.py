from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy("cat").agg(F.min(F.struct("v", "n")).alias("lo"), F.array_sort(F.collect_set("cat")).alias("cats"), F.sum("v").alias("sv"))
OUTPUT_MODE = "complete"
