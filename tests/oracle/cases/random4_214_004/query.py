from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.expr("n % 3").alias("g")).agg(F.max("n").alias("mx"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "update"
