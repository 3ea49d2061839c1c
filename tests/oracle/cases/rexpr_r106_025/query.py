from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(exists(map_keys(map_filter(map('a', second((ts - INTERVAL 1 MONTH)), 'b', json_array_length(to_json(array(i, i)))), (k, v) -> v > 0)), x -> x = 'a') OR (dt < to_date('2000-01-01')))").selectExpr("id", "bitwise_not(CAST(bitmap_bit_position(i) AS BIGINT)) AS c1", "posexplode(sequence(1, abs(2) % 3))", "map_entries(map(character_length(t), s)) AS c3", "to_char(encode('Hello', 'utf-8'), 'hex') AS c4", "CAST(positive(if(true, m, m)) AS DOUBLE) AS c5", "(id <> m) AS c6").filter((col("j") != lit(-1)))
OUTPUT_MODE = "append"
