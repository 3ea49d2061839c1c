from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("date_sub(to_date('2025-03-01'), i)"), (col("m") + col("m")).alias("c2"), F.coalesce(F.nullif(lit(-1), lit(3)).cast("bigint"), F.coalesce(col("id"), col("id"), lit(86400).cast("bigint")), lit(86400).cast("bigint")).alias("c3"), (lit(99.99).cast("decimal(4,2)") / F.nullif(col("m"), lit(0))).alias("c4")).filter("(dt > to_date('2024-02-29'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c4, c3 FROM rexpr_q ORDER BY id"]
