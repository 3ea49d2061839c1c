df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import session_window
result = df.groupBy(session_window("timestamp", "2 minutes"), "category").count()
OUTPUT_MODE = "complete"
