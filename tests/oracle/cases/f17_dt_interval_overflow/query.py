df = spark.readStream.format("json").schema("d INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.make_dt_interval("d", "d", "d", F.lit(1e12)).cast("string").alias("i"))
OUTPUT_MODE = "append"
