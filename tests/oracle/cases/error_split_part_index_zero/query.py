df = spark.readStream.format("json").schema("s STRING, t STRING, n INT, p INT, d DATE, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.split_part("s", F.lit(","), F.lit(0)).alias("z"))
OUTPUT_MODE = "append"
