df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import count
result = df.withWatermark("timestamp", "1 minute").groupBy("category").agg(count("*").alias("n"))
OUTPUT_MODE = "update"
