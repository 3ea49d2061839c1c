from pyspark.sql import functions as F
df = spark.readStream.schema("d DOUBLE").json(INPUT)
result = df.select(F.format_string("%d", "d").alias("x"))
OUTPUT_MODE = "append"
