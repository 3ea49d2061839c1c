spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), d DOUBLE, dt DATE, k BIGINT, b BOOLEAN, ts TIMESTAMP, i INT, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, asinh(d) AS k2, round(avg(position('o', upper(s))), 0) AS a1, (max(d) - min(d)) AS a2, sort_array(collect_set(named_struct('a', i, 'b', ((1.25 + m) > id)))) AS a3, bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs(ascii(s)) % 1000))) AS a4 FROM src GROUP BY i, asinh(d)")
OUTPUT_MODE = "complete"
