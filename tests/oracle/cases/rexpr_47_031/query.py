from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, m DECIMAL(38,10), d DOUBLE, k BIGINT, s STRING, i INT, dt DATE, j INT, n DECIMAL(5,3), t STRING").json(INPUT)
result = df.select("id", col("id").try_cast("int").alias("c1"), expr("CASE WHEN (t IS NULL) THEN d WHEN false THEN d WHEN (NOT (d IN (-1.5D))) THEN 2.0D ELSE d END AS c2")).where((col("n").isin(expr("0.5"), lit(99.99).cast("decimal(4,2)"), lit(12.345).cast("decimal(5,3)")) | (col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
