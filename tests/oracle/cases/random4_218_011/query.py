from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.expr("n % 3").alias("g")).agg(F.sum("v").alias("sv")).orderBy(F.col("sv").desc_nulls_last())
OUTPUT_MODE = "complete"
