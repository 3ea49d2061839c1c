# Kafka-style values: text lines parsed with from_json, `e.*` expanded, then a watermarked window count.
from pyspark.sql.functions import col, from_json, window
raw = spark.readStream.format("text").load(INPUT)
events = raw.select(from_json(col("value"), "timestamp TIMESTAMP, category STRING, value DOUBLE").alias("e")).select("e.*")
result = (events.withWatermark("timestamp", "10 minutes")
          .groupBy(window("timestamp", "5 minutes"), "category").count())
OUTPUT_MODE = "update"
