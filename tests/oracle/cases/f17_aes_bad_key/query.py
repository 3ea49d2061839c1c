df = spark.readStream.format("json").schema("s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.aes_encrypt("s", F.lit("short")).alias("d"))
OUTPUT_MODE = "append"
