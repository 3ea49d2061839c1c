# Rows turned into Kafka-style key/value columns with to_json(struct(...)); nulls are left out of the JSON.
from pyspark.sql.functions import col, to_json, struct
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE, n INT").json(INPUT)
result = df.filter(col("value") > 5).select(col("category").alias("key"), to_json(struct("timestamp", "category", "value", "n")).alias("value"), to_json(struct(col("value") * 1e10, col("n"))).alias("other"))
OUTPUT_MODE = "append"
