df = spark.readStream.format("json").schema("y INT, m INT, d INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.make_date("y", "m", "d"), F.expr("make_date(y, 1, 31)").alias("e"), F.make_date(F.lit(2000), "m", F.lit(1)))
OUTPUT_MODE = "append"
