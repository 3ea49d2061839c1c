df = spark.readStream.format("json").schema("s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.from_base32("s").cast("string").alias("b"))
OUTPUT_MODE = "append"
