df = spark.readStream.format("json").schema("s STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.to_timestamp_ntz("s"))
OUTPUT_MODE = "append"
