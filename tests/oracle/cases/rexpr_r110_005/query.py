from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((~F.coalesce(F.map_contains_key(F.create_map(F.bitmap_bit_position(col("i")), lit('a'), lit(3), lit('b')), 3), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT hash(TIMESTAMP'2024-02-29 00:00:00') AS k1, avg(100.0D) AS a1, round(regr_avgx((1 - i), json_array_length(to_json(array(length(s), bitmap_bit_position(i))))), 6) AS a2, round(regr_r2(abs(size(map_keys(str_to_map(s, ' ', 'l')))), i), 6) AS a3, max(split(s, ' ')[2]) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
