df = spark.readStream.format("json").schema("x STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.xpath_string("x", F.lit("a")).alias("s"), F.xpath("x", F.lit("a")).alias("l"), F.xpath_int("x", F.lit("a")).alias("i"))
OUTPUT_MODE = "append"
