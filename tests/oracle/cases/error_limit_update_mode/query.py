df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import count
result = df.groupBy("category").agg(count("*").alias("n")).limit(2)
OUTPUT_MODE = "update"
