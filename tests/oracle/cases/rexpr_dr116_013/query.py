from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "t", "to_binary(decode(encode(s, 'UTF-8'), 'US-ASCII'), 'utf-8') AS c1", "crc32(s) AS c2", "json_tuple(to_json(named_struct('a', (i + i), 'b', array_join(split('', '-'), '/'))), 'a', 'b', 'zz')", "nullif(make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo'), TIMESTAMP'2024-02-29 00:00:00')").where((col("m") < expr("0.001")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id DESC"]
