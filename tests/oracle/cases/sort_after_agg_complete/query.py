df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import col
result = df.groupBy("category").count().orderBy(col("count").desc(), "category")
OUTPUT_MODE = "complete"
ORDERED = True
