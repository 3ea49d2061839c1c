from pyspark.sql.functions import expr
df = spark.readStream.schema("h STRING").json(INPUT)
result = df.select(expr("aes_decrypt(unhex(h), '0123456789abcdef') AS d"))
OUTPUT_MODE = "append"
