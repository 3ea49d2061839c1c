from pyspark.sql.functions import window
words = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT).withColumnRenamed("category", "word")
windowedCounts = words \
    .withWatermark("timestamp", "10 minutes") \
    .groupBy(
        window(words.timestamp, "10 minutes", "5 minutes"),
        words.word) \
    .count()
result = windowedCounts
OUTPUT_MODE = "update"
