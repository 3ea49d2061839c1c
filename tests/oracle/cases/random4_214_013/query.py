from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(F.expr("n % 3").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), F.sum("v").alias("sv"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "update"
