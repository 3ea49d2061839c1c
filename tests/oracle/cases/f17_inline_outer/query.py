df = spark.readStream.format("json").schema("id INT, arr ARRAY<STRUCT<a: INT, b: STRING>>").load(INPUT)

from pyspark.sql import functions as F
result = df.select("id", F.inline_outer("arr"))
OUTPUT_MODE = "append"
