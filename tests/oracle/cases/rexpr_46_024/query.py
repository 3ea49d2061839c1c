from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.abs(col("i")).cast("bigint").alias("c1"), (col("m") + col("n")).alias("c2"), F.timestamp_seconds(lit(-1)).alias("c3"), expr("(- i)").alias("c4"))
OUTPUT_MODE = "append"
