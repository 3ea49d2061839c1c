from pyspark.sql.functions import expr
df = spark.readStream.schema("t STRING").json(INPUT)
result = df.select("t", expr("hex(unbase64(t)) AS u"), expr("hex(try_to_binary(t, 'base64')) AS tb"))
OUTPUT_MODE = "append"
