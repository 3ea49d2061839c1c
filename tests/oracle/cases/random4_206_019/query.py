from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy("cat").agg(F.round(F.stddev("v"), 3).alias("sd"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "update"
