spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(F.coalesce((col("f") > lit(100.0)), col("t").isNotNull(), lit(False)), lit(False)))).selectExpr("id", "to_timestamp_ltz(CAST(dt AS STRING))", "size(array_remove(array((shiftright(i, 33) + json_array_length(t)), CAST(array_size(slice(array(negative(year(ts)), timestampdiff(HOUR, convert_timezone('America/Los_Angeles', 'UTC', ts), ts), 3, 4), -2, 5)) AS INT), 1, (shiftright(i, 33) + json_array_length(t))), (shiftright(i, 33) + json_array_length(t)))) AS c2", "sha(repeat(array_join(array_append(array(greatest('abc', '42', t)), hex(hmac(s, 'msg', 'SHA512'))), '+', 'NUL'), 3)) AS c3", "from_json(s, 'a INT, b ARRAY<STRING>') AS c4", "ucase(array_join(array_prepend(split(t, ' '), 'p'), '_')) AS c5")
OUTPUT_MODE = "append"
