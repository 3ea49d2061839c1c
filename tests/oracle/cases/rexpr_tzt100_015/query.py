spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), dt DATE, d DOUBLE, i INT, k BIGINT, s STRING, n DECIMAL(20,0), ts TIMESTAMP, b BOOLEAN, t STRING").json(INPUT)
result = df.groupBy(expr("CAST(extract(MINUTE FROM ((ts - INTERVAL 36 HOURS) - TIMESTAMP'2024-02-29 00:00:00')) AS INT)").alias("k1")).agg(expr("count(CASE WHEN (s IS NOT NULL) THEN t ELSE t END) AS a1"), F.max((col("i") * lit(100000000))).alias("a3"), (F.max(F.round(col("n"), 0)) - F.min(F.round(col("n"), 0))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
