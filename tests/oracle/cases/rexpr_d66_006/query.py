from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, d DOUBLE, j INT, s STRING, m DECIMAL(18,6), i INT, ts TIMESTAMP, k BIGINT, dt DATE").json(INPUT)
result = df.groupBy("i").agg(F.round(F.avg(F.pow(col("d"), 2.0)), 0).alias("a1"), F.round(F.avg(F.try_multiply((col("m") / F.nullif(col("m"), lit(0))), lit(10))), 2).alias("a2"), F.sum(F.when(lit(False), col("i")).otherwise(col("i"))).alias("a3"), (F.max((col("m") / F.nullif(col("m"), lit(0)))) - F.min((col("m") / F.nullif(col("m"), lit(0))))).alias("a4")).orderBy(col("a1").desc(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
