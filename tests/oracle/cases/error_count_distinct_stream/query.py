df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load(INPUT)

from pyspark.sql.functions import countDistinct
result = df.groupBy("category").agg(countDistinct("value"))
OUTPUT_MODE = "complete"
