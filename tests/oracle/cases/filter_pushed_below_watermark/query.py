df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import col, window
result = df.withWatermark("timestamp", "2 minutes").filter(col("category") == "books").groupBy(window("timestamp", "5 minutes")).count()
OUTPUT_MODE = "append"
