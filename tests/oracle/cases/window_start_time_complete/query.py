df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import window
result = df.groupBy(window("timestamp", "10 minutes", "10 minutes", "3 minutes"), "category").count()
OUTPUT_MODE = "complete"
