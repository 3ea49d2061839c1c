from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.least(col("i"), col("i"), lit(12)), expr("map_filter(map('a', i, 'b', i, 'c', 0), (k, v) -> v > 0 OR k = 'c')").alias("c2"))
OUTPUT_MODE = "append"
