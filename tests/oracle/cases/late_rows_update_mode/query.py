df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import window, count, max as max_
result = df.withWatermark("timestamp", "1 minute").groupBy(window("timestamp", "5 minutes"), "category").agg(count("*").alias("n"), max_("value").alias("top"))
OUTPUT_MODE = "update"
