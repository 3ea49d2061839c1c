from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, n DECIMAL(4,1), i INT, f FLOAT, b BOOLEAN, dt DATE, m DECIMAL(38,10), ts TIMESTAMP, k BIGINT, t STRING").json(INPUT)
result = df.filter("(d >= 3.75D)").selectExpr("id", "(n / nullif(i, 0)) AS c1", "nullif(n, 99.99)", "bitmap_bit_position(regexp_instr(s, '([a-z])([a-z])', 2)) AS c3", "json_tuple(to_json(named_struct('a', locate('l', s, 1), 'b', regexp_extract(CAST(try_make_timestamp(2024, i, 29, 10, 30, 45.5) AS STRING), '([a-z]+)', 1))), 'a', 'b', 'zz')", "hmac('k', to_xml(named_struct('a', (i * 10), 'b', CASE WHEN b THEN s ELSE t END)), 'SHA256') AS c5")
OUTPUT_MODE = "append"
