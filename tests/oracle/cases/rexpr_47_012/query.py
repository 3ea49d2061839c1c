from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("round(CASE WHEN b THEN d WHEN b THEN d ELSE d END, 2) AS c1"), expr("coalesce(CASE WHEN (12.345 >= m) THEN coalesce(CAST(NULL AS INT), j, 2) WHEN b THEN j WHEN (d != j) THEN dayofmonth(ts) ELSE i END, i, 12)").alias("c2"), F.when(col("b"), col("d")).when(col("b"), col("d")).when((col("dt") != F.to_date(lit("2025-03-01"))), col("d")).alias("c3"), F.year(F.to_date(F.to_timestamp(lit("1999-12-31 23:59:59.999"))).cast("timestamp")).alias("c4"))
OUTPUT_MODE = "append"
