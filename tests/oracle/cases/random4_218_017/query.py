from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.expr("n % 3").alias("g")).agg(F.min(F.struct("v", "n")).alias("lo"), F.round(F.stddev("v"), 3).alias("sd"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"))
OUTPUT_MODE = "update"
