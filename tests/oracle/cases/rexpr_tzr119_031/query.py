spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, m DECIMAL(18,6), d DOUBLE, j INT, s STRING, t STRING, ts TIMESTAMP, dt DATE, i INT").load(INPUT)
result = df.select("id", F.array_insert(F.array(lit('a'), lit('b'), lit('c')), -1, expr("printf('%x %o %08d', 3, i, 3)")).alias("c1"), expr("width_bucket(d, 1.0D, 1.0D, 3)").alias("c2"), expr("exists(map_keys(map_filter(map('a', bitmap_bit_position(zeroifnull(bitwise_not(i))), 'b', i), (k, v) -> v > 0)), x -> x = 'a')").alias("c3")).where((~F.coalesce((col("t") == lit("x-y")), lit(False))))
OUTPUT_MODE = "append"
