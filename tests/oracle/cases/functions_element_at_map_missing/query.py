df = spark.readStream.format("json").schema("m MAP<STRING, INT>, k STRING, n INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.element_at("m", F.lit("zz")).alias("e"))
OUTPUT_MODE = "append"
