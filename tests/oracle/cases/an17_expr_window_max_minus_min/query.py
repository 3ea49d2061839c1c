from pyspark.sql.functions import expr
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)
result = df.withWatermark("timestamp", "10 minutes").groupBy(expr("window(timestamp, '10 minutes')").alias("w"), "category").agg(expr("max(value) - min(value)"))
OUTPUT_MODE = "update"
