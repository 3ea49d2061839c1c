from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("s") != lit(" "))).select("id", F.round(col("m"), 3).alias("c1"), F.bit_length(col("s")).alias("c2"))
OUTPUT_MODE = "append"
