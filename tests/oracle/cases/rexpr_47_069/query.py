from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.timestamp_seconds(F.pmod(col("i"), lit(3))).alias("c1"), expr("(i = greatest(d, round(d, 2), d)) AS c2")).filter("(d >= 100.0D)")
OUTPUT_MODE = "append"
