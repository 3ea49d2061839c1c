df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import window, col
result = df.select(window("timestamp", "5 minutes").alias("w"), col("value")).filter(col("value") < 50)
OUTPUT_MODE = "append"
