from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.na.fill({"v": 0.0, "cat": "none"}).groupBy(F.expr("n % 2").alias("g")).agg(F.sum("v").alias("sv"))
OUTPUT_MODE = "update"
