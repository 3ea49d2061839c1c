from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(exists(map_keys(map_filter(map('a', -1, 'b', i), (k, v) -> v > 0)), x -> x = 'a') OR xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')) AS c1", "map_zip_with(map('a', shiftright(shiftright(size(json_object_keys(to_json(named_struct('a', i, 'b', '42')))), 33), 2), 'b', 2), map('a', 10, 'c', datediff(trunc(CASE WHEN b THEN dt ELSE DATE'2023-12-31' END, 'Q'), dt)), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0)) AS c2", "lcase(hex(hmac(hex(try_to_binary(t, 'base64')), 'msg', 'SHA512'))) AS c3")
OUTPUT_MODE = "append"
