from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.window("ts", "2 minutes"), F.expr("n % 3").alias("g")).agg(F.round(F.stddev("v"), 3).alias("sd"), F.sum("v").alias("sv"))
OUTPUT_MODE = "update"
