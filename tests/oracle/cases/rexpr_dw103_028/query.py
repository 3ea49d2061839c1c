from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), b BOOLEAN, i INT, dt DATE, s STRING").json(INPUT)
result = df.where((~F.coalesce(F.array_contains(F.split(col("s"), ","), "a"), lit(False)))).groupBy(F.bround(col("d"), -1).alias("k1")).agg(expr("max((m / nullif(m, 0))) AS a1"), expr("sort_array(collect_set(nullif(rpad(s, 3, 'ab'), '42'))) AS a2"), F.avg((col("id") + F.when(col("dt").isNotNull(), lit(1).cast("bigint")).when(col("b"), lit(0).cast("bigint")).when(col("b"), col("id")).otherwise(col("id")))).alias("a3"))
OUTPUT_MODE = "update"
