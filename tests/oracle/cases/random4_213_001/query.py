from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.max("n").alias("mx")).orderBy(F.col("cats").desc_nulls_last())
OUTPUT_MODE = "complete"
