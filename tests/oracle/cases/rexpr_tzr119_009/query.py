spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, i INT, d DOUBLE, ts TIMESTAMP, m DECIMAL(12,4), s STRING, t STRING, j INT, dt DATE, k BIGINT").load(INPUT)
df.filter(col("b").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT nvl2(try_to_timestamp(t), s, '') AS k1, count_if(is_valid_utf8(unhex('C328'))) AS a1, count(0.001D) AS a2, count_if((dt = if((s IS NOT NULL), dt, dt))) AS a3, bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs(array_max(array(i, i, 3))) % 1000))) AS a4 FROM src GROUP BY k1 HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
