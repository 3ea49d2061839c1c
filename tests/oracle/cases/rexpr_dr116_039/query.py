from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(s IS NOT NULL)").selectExpr("id", "from_json('{\"a\": ' || tinyint(abs(i) % 100) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')", "nullif(TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'1999-12-31 23:59:59.999')", "bitmap_bucket_number(abs(nullif(width_bucket(nullifzero(d), -10.0D, 10.0D, 4), 0))) AS c3", "map_concat(map(1, greatest(to_json(map_from_arrays(array('a', 'b'), array(1, i))), decode(encode(s, 'UTF-8'), 'US-ASCII'), parse_url('https://user@spark.apache.org:8080/path/p?query=1&k=' || t || '#frag', 'QUERY', 'k'))), map(2, hex(try_to_binary(s, 'base64')))) AS c4")
OUTPUT_MODE = "append"
