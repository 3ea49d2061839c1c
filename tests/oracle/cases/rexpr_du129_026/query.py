from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, t STRING, s STRING, m DECIMAL(12,4), j INT, d DOUBLE, i INT, f FLOAT, ts TIMESTAMP, n DECIMAL(20,0)").load(INPUT)
result = df.filter((F.nvl2(col("t"), (col("f") == lit(0.1)), lit(False)) | col("dt").isNotNull())).select(F.coalesce(F.floor(F.when(F.abs(F.round(lit(-1.5), 3)) < lit(1e9), F.round(lit(-1.5), 3))), F.timestamp_diff('DAY', col("dt"), col("ts")), lit(3).cast("bigint")).alias("c1"), expr("stack(2, i, typeof(bitmap_bit_position(i)), i, s)"), expr("map_zip_with(map('a', i, 'b', 2), map('a', 10, 'c', i), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))").alias("c3"), expr("regexp_extract_all(quote(t), '([a-z])([a-z]+)', 2)").alias("c4"), expr("transform_keys(map(i, 'x', 100, 'y'), (k, v) -> k + 1)").alias("c5"), F.when(col("j").isNotNull(), col("ts")).otherwise(col("ts")).alias("c6"))
OUTPUT_MODE = "append"
