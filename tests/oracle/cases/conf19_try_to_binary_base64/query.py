from pyspark.sql.functions import expr
df = spark.readStream.schema("t STRING").json(INPUT)
result = df.select("t", expr("hex(try_to_binary(t, 'base64')) AS tb"), expr("hex(unbase64(t)) AS ub"))
OUTPUT_MODE = "append"
