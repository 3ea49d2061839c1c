df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import date_trunc, col, count
result = df.withWatermark("timestamp", "1 minute").groupBy("timestamp").agg(count("*").alias("n"))
OUTPUT_MODE = "append"
