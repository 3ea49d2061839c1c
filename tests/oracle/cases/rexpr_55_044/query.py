from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, n DECIMAL(4,1), ts TIMESTAMP, m DECIMAL(38,10), i INT, b BOOLEAN, j INT, d DOUBLE, s STRING, dt DATE").load(INPUT)
result = df.select("id", expr("CASE WHEN (t = '42') THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN (b AND b) THEN ts ELSE ts END").alias("c1"), (col("d") * (col("i") - col("i"))).isin(lit(-1.5), lit(0.5), lit(0.5)).alias("c2"), expr("-3.10").try_cast("bigint").alias("c3"), expr("pmod((CASE WHEN (id <> 3L) THEN id WHEN (t IS NOT NULL) THEN id WHEN b THEN id ELSE id END % nullif(pmod(i, nullif(i, 0)), 0)), 3)").alias("c4")).where((((col("i") <= lit(2)) & col("b")) | (col("m") < expr("12.345"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c4 ASC NULLS LAST, id"]
