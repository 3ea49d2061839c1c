from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(F.window("ts", "2 minutes"), F.expr("n % 2").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big"), F.min(F.struct("v", "n")).alias("lo"))
OUTPUT_MODE = "append"
