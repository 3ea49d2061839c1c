from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, i INT, d DOUBLE, dt DATE, b BOOLEAN, t STRING, ts TIMESTAMP, m DECIMAL(12,4), s STRING").json(INPUT)
result = df.filter("coalesce((b <=> false), true)").groupBy("t", "dt").agg(F.sum((F.nullif(col("d"), lit(3.75)) * expr("1.25"))).alias("a1"), expr("sum(i) AS a2"), F.bool_or(((~F.coalesce(col("b"), lit(False))) | (col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))))).alias("a3"), F.max(col("d").cast("decimal(6,2)")).alias("a5"), expr("sum(0.001D) AS a4"))
OUTPUT_MODE = "update"
