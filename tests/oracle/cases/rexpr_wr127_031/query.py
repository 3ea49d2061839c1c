from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((NOT (id IS NOT NULL)) OR (m IS NOT NULL))").selectExpr("id", "locate('l', get_json_object(to_json(map_from_entries(array(named_struct('k', 'a', 'v', 3)))), '$.a')) AS c1", "map_keys(map('o', 1, 'k', 2))", "bitwise_not(CAST(array_position(array('a', 'a', s), 'a') AS BIGINT)) AS c3", "inline_outer(filter(array(struct(i AS p, d AS q)), e -> e.p > 0))", "(exists(map_keys(map_filter(map('a', ascii(t), 'b', quarter(dt)), (k, v) -> v > 0)), x -> x = 'a') AND (((length(s) * 1) > 7) = false)) AS c5").filter(((lit(5) * lit(10)).isin(2, 2) | col("c3").isNull()))
OUTPUT_MODE = "append"
