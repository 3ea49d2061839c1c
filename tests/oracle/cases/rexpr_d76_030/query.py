from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce(F.array_contains(F.split(col("s"), ","), "o").cast("string").startswith(" "), lit(True))).select("id", expr("CAST(DATE'2025-03-01' AS TIMESTAMP)").alias("c1"), expr("(m % nullif(try_add(0.5, m), 0))").alias("c2")).where(((~(col("c1") == F.to_date(lit("2023-12-31")))) | (col("id") < lit(1000).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id"]
