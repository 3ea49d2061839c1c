from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, ts TIMESTAMP, t STRING, i INT, m DECIMAL(10,2), dt DATE, d DOUBLE, k BIGINT, j INT").load(INPUT)
result = df.groupBy(F.nvl2((col("s") > lit("é")), col("d"), lit(None).cast("double")).alias("k1")).agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), F.bool_or(((col("j") == lit(0)) & (col("k") <= lit(3).cast("bigint")))).alias("a2"), expr("max(make_date(2024, i, 1)) AS a5"), F.count_if(col("t").contains("é")).alias("a3"), F.count_if(F.isnan(F.months_between(col("ts"), F.to_date(lit("2025-03-01"))))).alias("a4")).filter("a1 IS NOT NULL").orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
