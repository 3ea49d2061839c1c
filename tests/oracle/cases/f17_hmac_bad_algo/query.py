df = spark.readStream.format("json").schema("s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.hmac(F.lit("k"), "s", F.lit("SHA3")).alias("h"))
OUTPUT_MODE = "append"
