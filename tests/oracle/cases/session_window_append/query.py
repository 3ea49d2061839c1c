df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import session_window, count, sum as sum_
result = df.withWatermark("timestamp", "2 minutes").groupBy(session_window("timestamp", "1 minute"), "category").agg(count("*").alias("n"), sum_("value").alias("s"))
OUTPUT_MODE = "append"
