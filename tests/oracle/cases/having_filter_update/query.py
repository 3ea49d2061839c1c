df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import col, count
result = df.groupBy("category").agg(count("*").alias("n")).filter(col("n") > 3)
OUTPUT_MODE = "update"
