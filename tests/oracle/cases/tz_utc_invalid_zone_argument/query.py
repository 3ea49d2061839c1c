# An unknown zone given to from_utc_timestamp fails the batch with INVALID_TIMEZONE.
from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, t TIMESTAMP").load(INPUT)
result = df.select("id", F.from_utc_timestamp("t", "Mars/Olympus_Mons").alias("x"))
OUTPUT_MODE = "append"
