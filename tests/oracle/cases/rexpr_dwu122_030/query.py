from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, m DECIMAL(10,2), d DOUBLE, n DECIMAL(5,3), i INT, s STRING, ts TIMESTAMP").load(INPUT)
result = df.select(expr("to_binary(s, 'utf-8')"), expr("CASE WHEN (dt = DATE'2025-03-01') THEN CASE WHEN exists(map_keys(map_filter(map('a', 3, 'b', 1), (k, v) -> v > 0)), x -> x = 'a') THEN factorial(i) WHEN is_valid_utf8(to_xml(named_struct('d', dt, 'x', d, 'arr', array(i, i)))) THEN 0L END WHEN (map_contains_key(map(CAST((i & 3) AS INT), 'a', 3, 'b'), 3) OR true) THEN id WHEN CAST(1 AS BOOLEAN) THEN id ELSE 0L END AS c2")).filter((~F.coalesce(col("c2").isNotNull(), lit(False))))
OUTPUT_MODE = "append"
