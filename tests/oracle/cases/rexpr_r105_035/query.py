from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((b AND b) OR (k <= 1L))").selectExpr("id", "xpath('<a><b>x</b><b>' || char_length(printf('%x %o %08d', i, i, i)) || '</b></a>', 'a/b/text()') AS c1", "tinyint(abs(CASE WHEN (t IS NOT NULL) THEN regexp_instr(ifnull(s, CAST(NULL AS STRING)), '([a-z])([a-z])', 2) WHEN ((ts IS NULL) IS NOT NULL) THEN character_length(s) WHEN b THEN width_bucket(CASE WHEN (d >= 0.1D) THEN f WHEN b THEN f WHEN b THEN f ELSE f END, -10.0D, 10.0D, 4) ELSE try_mod(i, i) END) % 100) AS c2", "exists(map_keys(map_filter(map('a', json_array_length(to_json(array(i, i))), 'b', 10), (k, v) -> v > 0)), x -> x = 'a') AS c3").where("((i IN (2)) OR (m <> 99.99))")
OUTPUT_MODE = "append"
