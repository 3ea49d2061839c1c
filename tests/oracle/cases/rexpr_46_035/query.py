from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "j", expr("(coalesce((CASE WHEN (i = 1) THEN id ELSE -2L END - (i * 10)), 1000L) + (dayofmonth(dt) % nullif(i, 0)))").alias("c1"), F.when(F.isnull(col("i")), F.when(col("d").eqNullSafe(col("k")), F.date_trunc("MINUTE", col("ts"))).when(col("s").try_cast("boolean"), (col("ts") + expr("INTERVAL 1 DAY"))).when((col("dt") > F.to_date(lit("2023-12-31"))), col("ts"))).when((col("t") >= lit(" ")), col("ts")).when((col("m") * col("i").cast("decimal(38,18)")).eqNullSafe(F.when((col("j") != lit(-1)), col("id")).when((col("s") > lit("Hello")), col("id")).when(col("dt").isNotNull(), col("k")).otherwise(lit(86400).cast("bigint"))), col("ts")).otherwise(col("ts")).alias("c2"), F.when(col("i"), 1).otherwise(0).alias("c3"), col("k").try_cast("decimal(5,1)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, j FROM rexpr_q ORDER BY id"]
