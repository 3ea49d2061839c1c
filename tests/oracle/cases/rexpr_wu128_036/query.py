from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select((col("d") * (col("i") * lit(0))).alias("c1"), expr("array_repeat(t, abs(position(char(i), t, 2)) % 3)").alias("c2"), expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)").alias("c3"), expr("map_zip_with(map('a', xpath_int('<a><b>' || i || '</b></a>', 'a/b'), 'b', 2), map('a', 10, 'c', size(split(' ', ','))), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))").alias("c4"))
OUTPUT_MODE = "append"
