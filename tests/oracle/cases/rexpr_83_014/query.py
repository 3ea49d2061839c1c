from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.dayofmonth(col("ts")).alias("k1"), "b").agg(expr("count_if(isnull((CASE WHEN b THEN d WHEN b THEN d WHEN b THEN d END > greatest(m, m, 0.001)))) AS a1"), (F.max(col("i")) - F.min(col("i"))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("b").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
