from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), t STRING, ts TIMESTAMP, m DECIMAL(12,4), i INT, s STRING, d DOUBLE, k BIGINT, dt DATE, b BOOLEAN").load(INPUT)
result = df.select("id", expr("rtrim(t)"), F.when(F.isnan(F.months_between(col("dt"), col("ts"))), ((col("i") - col("i")) - col("id"))).when(col("k").eqNullSafe(F.when(col("b"), col("id")).otherwise(col("k"))), lit(3).cast("bigint")).otherwise(F.crc32(col("t"))).alias("c2"), expr("make_date(2024, 2, 1)").alias("c3"), F.greatest(F.replace(col("s"), lit(" "), lit("")), F.when(col("b"), col("t")).when(col("b"), col("t")).when((col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("t")).otherwise(col("s"))).contains("H").alias("c4"), F.abs(col("d")).alias("c5")).where((col("t").isNotNull() | col("s").isNull()))
OUTPUT_MODE = "append"
