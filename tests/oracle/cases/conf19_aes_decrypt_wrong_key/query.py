from pyspark.sql.functions import expr
df = spark.readStream.schema("s STRING").json(INPUT)
result = df.select(expr("aes_decrypt(aes_encrypt(s, 'abcdefghijklmnop'), '0000000000000000') AS d"))
OUTPUT_MODE = "append"
