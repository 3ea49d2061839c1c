spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), ts TIMESTAMP, i INT, m DECIMAL(12,4), dt DATE, k BIGINT, s STRING, d DOUBLE").load(INPUT)
result = df.groupBy(expr("next_day(dt, 'TU') AS k1")).agg(expr("max(pmod(id, i)) AS a3"), expr("round(regr_r2(i, array_position(array('abc', 'a', s), 'a')), 6) AS a1"), expr("bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs(i) % 1000)))").alias("a2"))
OUTPUT_MODE = "update"
