df = spark.readStream.format("json").schema("s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.hmac(F.lit(""), "s").alias("h"))
OUTPUT_MODE = "append"
