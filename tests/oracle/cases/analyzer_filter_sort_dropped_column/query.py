df = spark.readStream.format("json").schema("s STRING, t STRING, n INT, p INT, d DATE, x DOUBLE").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.col("s"), (F.col("x") * 2).alias("x2")).filter(F.col("n") > 0).filter("p IS NOT NULL AND x2 < 100")
OUTPUT_MODE = "append"
