df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import col
result = df.select(col("valu") * 2)
OUTPUT_MODE = "append"
