from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.na.fill({"v": 0.0, "cat": "none"}).groupBy(F.expr("n % 3").alias("g")).agg(F.round(F.stddev("v"), 3).alias("sd"), F.array_sort(F.collect_list("n")).alias("ns"), F.count("*").alias("cnt"))
OUTPUT_MODE = "update"
