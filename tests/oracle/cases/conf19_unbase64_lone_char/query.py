from pyspark.sql.functions import expr
df = spark.readStream.schema("t STRING").json(INPUT)
result = df.select(expr("unbase64(t) AS u"))
OUTPUT_MODE = "append"
