from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("greatest('x-y', s) AS k1")).agg(F.count_if((col("i") * lit(10)).cast("string").isin(lit("2024-02-29"))).alias("a1"), expr("sum(CASE WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN ascii(s) ELSE 0 END) AS a2"), (F.max(F.months_between(F.when(col("b"), F.to_timestamp(lit("2024-02-29 00:00:00"))).when((col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.try_to_timestamp(col("s"))).otherwise(col("ts")), col("dt"))) - F.min(F.months_between(F.when(col("b"), F.to_timestamp(lit("2024-02-29 00:00:00"))).when((col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.try_to_timestamp(col("s"))).otherwise(col("ts")), col("dt")))).alias("a3"), expr("round(avg(least(log1p(d), d)), 3) AS a4")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
