from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((TRY_CAST(nullif(s, 'Hello') AS DOUBLE) BETWEEN 2.0D AND 3.75D) OR (s IS NOT NULL))").select(expr("add_months(dt, i)").alias("c1"), expr("crc32(array_join(split(concat(CAST(i AS STRING), s), '  *'), '')) AS c2"), expr("CASE WHEN b THEN d WHEN (b AND ((ts IS NOT NULL) OR (d <> 100.0D))) THEN (2 / nullif(nullif(10, 3), 0)) WHEN (d BETWEEN 0.1D AND 0.001D) THEN greatest(try_divide(CAST(12 AS DOUBLE), dayofmonth(TIMESTAMP'1999-12-31 23:59:59.999')), d, d) ELSE -1.5D END").alias("c3"), expr("coalesce(nullif(i, -1), greatest(i, i), 2) AS c4")).filter(F.coalesce((col("c2") == lit(0).cast("bigint")), lit(True)))
OUTPUT_MODE = "append"
