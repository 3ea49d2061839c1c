df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql import functions as F
counts = df.groupBy(F.window("timestamp", "10 minutes"), "category").count()
result = counts.select("category", "count", F.window_time("window"), F.window_time(F.col("window")).alias("wt"))
OUTPUT_MODE = "complete"
