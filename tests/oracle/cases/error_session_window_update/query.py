df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import session_window
result = df.withWatermark("timestamp", "1 minute").groupBy(session_window("timestamp", "1 minute")).count()
OUTPUT_MODE = "update"
