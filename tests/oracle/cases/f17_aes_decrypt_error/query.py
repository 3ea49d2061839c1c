df = spark.readStream.format("json").schema("s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.aes_decrypt(F.aes_encrypt("s", F.lit("abcdefghijklmnop")), F.lit("0000000000000000")).alias("d"))
OUTPUT_MODE = "append"
