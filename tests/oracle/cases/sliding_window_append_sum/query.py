df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import window, sum as sum_, count
result = df.withWatermark("timestamp", "2 minutes").groupBy(window("timestamp", "6 minutes", "2 minutes")).agg(sum_("value").alias("s"), count("value").alias("n"))
OUTPUT_MODE = "append"
