from pyspark.sql.functions import expr
df = spark.readStream.schema("t STRING").json(INPUT)
result = df.select(expr("to_binary(t, 'base64') AS u"))
OUTPUT_MODE = "append"
