from pyspark.sql.functions import session_window
events = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT).withColumnRenamed("category", "userId")
sessionizedCounts = events \
    .withWatermark("timestamp", "10 minutes") \
    .groupBy(
        session_window(events.timestamp, "5 minutes"),
        events.userId) \
    .count()
result = sessionizedCounts
OUTPUT_MODE = "complete"
