from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, d DOUBLE, dt DATE, ts TIMESTAMP, i INT, n DECIMAL(5,3), b BOOLEAN, s STRING, k BIGINT, m DECIMAL(38,10)").json(INPUT)
result = df.where("(NOT coalesce((coalesce((b IS NOT TRUE), false) OR (j BETWEEN 1 AND 5)), false))").groupBy("j", F.date_format(F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), "MMM d, yyyy").alias("k2")).agg(F.round(F.avg(F.sqrt(F.when(lit(None).cast("boolean"), col("j")).otherwise(col("i")))), 3).alias("a1"), F.max(F.ceil(F.round((col("n") * col("i"))), 1)).alias("a2"), expr("(max(CASE WHEN (id > 1L) THEN d WHEN b THEN d WHEN b THEN 2.0D ELSE d END) - min(CASE WHEN (id > 1L) THEN d WHEN b THEN d WHEN b THEN 2.0D ELSE d END)) AS a3"), expr("(max(i) - min(i)) AS a4"))
OUTPUT_MODE = "update"
