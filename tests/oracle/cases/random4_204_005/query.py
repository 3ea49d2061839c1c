from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy("cat").agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.count("*").alias("cnt")).filter(F.col("cnt") > 1).orderBy(F.col("cats").desc_nulls_last())
OUTPUT_MODE = "complete"
