df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import window, col
result = df.withWatermark("timestamp", "4 minutes").groupBy(window(col("timestamp"), "10 minutes", "5 minutes"), "category").count()
OUTPUT_MODE = "update"
