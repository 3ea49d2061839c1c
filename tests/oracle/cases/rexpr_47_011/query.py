from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(s <> '')").select("id", expr("CASE WHEN ((i - n) IS NULL) THEN (n / 10.5) ELSE coalesce(m, n, 12.345) END").alias("c1"), expr("bround(n, 1)").alias("c2"), (col("d") + lit(1).cast("bigint")).between(lit(100.0), lit(0.5)).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, c3 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
