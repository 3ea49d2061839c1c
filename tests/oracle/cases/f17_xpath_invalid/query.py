df = spark.readStream.format("json").schema("x STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.xpath_string("x", F.lit("a")).alias("s"))
OUTPUT_MODE = "append"
