from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce((d <= 1L), false))").groupBy(expr("least(i, CAST(b AS INT), day(dt)) AS k1"), F.locate("o", F.concat_ws("-", lit("x-y"), col("t"))).alias("k2")).agg(expr("min(trunc(dateadd(dt, i), 'WEEK')) AS a1"), F.sum((col("m") * lit(3))).alias("a2"), F.bool_and(F.floor(F.when(F.abs(F.try_divide(col("d"), lit(1e300))) < lit(1e9), F.try_divide(col("d"), lit(1e300)))).cast("boolean")).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
