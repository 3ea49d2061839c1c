from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when(col("ts").isNotNull(), F.floor((col("n") + col("i")))).when((~col("b")), F.bround((lit(99.99).cast("decimal(4,2)") / F.nullif(col("m"), lit(0))), 0)).when((col("b") < (col("id") <= col("d"))), col("n")).otherwise(col("n")).alias("c1"), expr("(i / nullif(CAST(i AS DOUBLE), 0)) AS c2")).filter("(NOT coalesce((b IS NOT NULL), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id DESC"]
