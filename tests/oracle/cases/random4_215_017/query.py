from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(F.window("ts", "2 minutes"), "cat").agg(F.round(F.stddev("v"), 3).alias("sd"))
OUTPUT_MODE = "complete"
