from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when((col("m") + col("f")).between(lit(100.0), lit(100.0)), col("i").cast("timestamp")).when(col("b"), (col("ts") + expr("INTERVAL '90' MINUTE"))).when(lit(-2).cast("bigint").cast("boolean"), F.date_trunc("SECOND", (col("ts") - expr("INTERVAL 1 DAY")))).otherwise(F.when(col("b"), col("ts")).when(col("b"), col("ts")).otherwise(col("ts"))).alias("c1"), F.nullif(F.nvl2(F.when((col("s") != lit("2024-02-29")), col("d")).when(col("s").isNotNull(), lit(-1.5)).when((col("dt") != F.to_date(lit("2024-02-29"))), col("d")).otherwise(col("d")), col("t"), lit("é")), lit("x-y")).alias("c2"), expr("(ts + INTERVAL -3 DAYS)").alias("c3"), expr("nullif(try_divide((nullif(d, 100.0D) - nvl2(dt, i, 0)), f), 2.0D) AS c4"), (col("t") == lit("")).alias("c5")).where(((col("s").isNotNull() | col("b")) | col("s").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2 FROM rexpr_q ORDER BY id"]
