from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.least(col("i"), col("i")) * lit(10))).withColumn("c2", expr("upper(string((ceil(m, -1) * m)))")).withColumn("c3", expr("(CASE WHEN (d <> 0.1D) THEN d WHEN (s IS NOT NULL) THEN d WHEN (i IS NOT NULL) THEN d ELSE d END <= sqrt(months_between(ts, dt)))")).withColumn("c4", F.greatest(F.when(col("s").rlike("[aeiou]{2}"), col("s").try_cast("double")).when(col("c2").endswith(" "), lit(0.1)).otherwise(F.nvl2(col("c3"), col("d"), lit(3.75))), col("d"))).withColumn("c5", F.ascii(F.when((~F.coalesce(col("b"), lit(False))), col("s")).when(col("b"), col("s")).when(col("b"), col("s")).otherwise(col("s")))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
