from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.expr("n % 2").alias("g")).agg(F.sum("v").alias("sv"), (F.sum("v") / F.count("*")).alias("mean"), F.count("*").alias("cnt"))
OUTPUT_MODE = "update"
