from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(s IS NOT NULL)").select("id", expr("map_zip_with(map('a', weekofyear(trunc(dt, 'mon')), 'b', 2), map('a', 10, 'c', (- timestampdiff(HOUR, ts, ts))), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))").alias("c1"), expr("nullif(d, 0.5D)").alias("c2"), F.isnan(expr("power(0.0D, i % 3 - 1)")), expr("to_binary(s, 'utf-8')").alias("c4")).where("(arrays_overlap(array(0), array(CAST(NULL AS INT), 3)) OR (id <> 0L))")
OUTPUT_MODE = "append"
