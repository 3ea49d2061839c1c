df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import window
result = df.groupBy(window("timestamp", "5 minutes")).count()
OUTPUT_MODE = "complete"
