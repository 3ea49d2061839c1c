from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, b BOOLEAN, dt DATE, d DOUBLE, k BIGINT, s STRING, ts TIMESTAMP, m DECIMAL(10,2), i INT").load(INPUT)
result = df.filter(((col("b") & col("dt").isNotNull()) | (col("t") < lit("x-y")))).selectExpr("id", "try_to_number(CASE WHEN b THEN CAST(b AS STRING) WHEN exists(map_keys(map_filter(map('a', -1, 'b', i), (k, v) -> v > 0)), x -> x = 'a') THEN s WHEN (dt IS NOT NULL) THEN monthname(timestamp_seconds(i)) ELSE lpad(hex(to_binary(t, 'utf-8')), 8, '*') END, '999.99') AS c1", "to_binary(s, 'utf-8')", "transform_keys(map((- i), 'x', 100, 'y'), (k, v) -> k + 1) AS c3", "map_contains_key(map(i, 'a', 3, 'b'), 3) AS c4")
OUTPUT_MODE = "append"
