from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "json_tuple(to_json(named_struct('a', 5, 'b', '日本')), 'a', 'b', 'zz')", "map_filter(map('a', i, 'b', i, 'c', 0), (k, v) -> v > 0 OR k = 'c')", "to_binary(CAST(convert_timezone('Europe/Paris', CAST(ts AS TIMESTAMP_NTZ)) AS STRING), 'utf-8') AS c3", "map_contains_key(map(timestampdiff(HOUR, TRY_CAST(s AS TIMESTAMP), least(ts, ts, ts)), 'a', 3, 'b'), 3) AS c4", "map_filter(map('a', i, 'b', i, 'c', 0), (k, v) -> v > 0 OR k = 'c') AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c5, c4 FROM rexpr_q ORDER BY c4 DESC NULLS FIRST, id"]
