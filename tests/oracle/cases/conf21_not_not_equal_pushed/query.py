from pyspark.sql.functions import expr, col
df = spark.readStream.schema("id BIGINT, d DOUBLE").json(INPUT)
result = df.where("(NOT (12.345 <> id)) OR (d > 0)")
OUTPUT_MODE = "append"
