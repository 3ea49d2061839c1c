from pyspark.sql.functions import col
df = spark.readStream.schema("timestamp TIMESTAMP, a INT, b INT").json(INPUT)
result = df.select((col("a") % col("b")).alias("r"))
OUTPUT_MODE = "append"
