from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(18,6), d DOUBLE, j INT, s STRING, dt DATE, k BIGINT, i INT, ts TIMESTAMP").json(INPUT)
result = df.filter((col("d") > lit(3.75))).groupBy("i").agg(expr("round(avg(d), 0) AS a1"), F.min(F.least(F.when((col("id") >= lit(1000).cast("bigint")), col("m")).otherwise(col("m")), (col("m") - lit(1.25).cast("decimal(3,2)")), (col("i") * col("m")))).alias("a2"), F.count_if(F.when((col("id") == lit(3).cast("bigint")), (col("dt") == F.to_date(lit("2025-03-01")))).when(F.pmod(col("i"), F.nullif(col("j"), lit(0))).isin(lit(3), lit(5)), col("i").isNotNull()).when(col("d").isin(lit(0.5), lit(-1.5), lit(2.0)), col("i").isNotNull()).otherwise(col("k").isNotNull())).alias("a3"), F.round(F.avg(col("k").isNotNull().cast("decimal(12,2)")), 0).alias("a4")).orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
