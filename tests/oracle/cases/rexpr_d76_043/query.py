from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.bit_count(F.least(col("i"), col("i"), col("i"))).alias("k1"), expr("rpad(s, 0, 'ab') AS k2")).agg(expr("count_if((m IN (-3.10))) AS a1"), expr("min(dt) AS a2"), F.sum(F.when(F.when(col("dt").isNotNull(), col("i")).otherwise(col("i")).between(lit(-1), lit(-1)), col("i")).otherwise(lit(0))).alias("a3"), expr("sort_array(collect_set(CASE WHEN (ts <= TIMESTAMP'2024-02-29 00:00:00') THEN 10 WHEN (m >= 99.99) THEN i ELSE 10 END)) AS a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
