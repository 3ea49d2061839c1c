from pyspark.sql.functions import window, col
a = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT).withWatermark("timestamp", "2 minutes")
b = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT).withWatermark("timestamp", "10 minutes")
result = a.union(b).groupBy(window("timestamp", "10 minutes")).count()
OUTPUT_MODE = "append"
