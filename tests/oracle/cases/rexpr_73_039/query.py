from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, m DECIMAL(7,0), ts TIMESTAMP, d DOUBLE, k BIGINT, j INT, s STRING, i INT").json(INPUT)
result = df.select("id", F.pmod(col("i"), lit(2)).alias("c1"), expr("((contains(s, 'H') AND nvl2(s, (s IS NOT NULL), false)) = coalesce((j < 0), true))").alias("c2")).filter("(k <= -2L)")
OUTPUT_MODE = "append"
