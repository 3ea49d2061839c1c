from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.where(F.when(F.col("v") < 2, F.col("n")).otherwise(F.col("n")).isin(2, 3, 3) | F.col("k").isin("b", "b")).select("id", "n", "k")
OUTPUT_MODE = "append"
