from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, i INT, m DECIMAL(18,6), b BOOLEAN, dt DATE, ts TIMESTAMP, k BIGINT, s STRING, j INT").load(INPUT)
result = df.where((col("id") == lit(-2).cast("bigint"))).select("id", "k", (F.coalesce((col("id") * lit(10)), lit(0).cast("bigint")) * lit(10)).alias("c1"), F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))).alias("c2"), ((col("i") - col("i")) - F.greatest(col("id"), col("id"))).alias("c3"), F.greatest(col("m"), col("m")).alias("c4"), F.least(col("s").try_cast("date"), col("dt"), F.next_day(F.when(col("b"), col("dt")).otherwise(F.to_date(lit("2025-03-01"))), "TU")).alias("c5")).filter(((col("c1") < lit(3).cast("bigint")) | lit(0).cast("bigint").isNull()))
OUTPUT_MODE = "append"
