from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("d") >= lit(-1.5))).select("id", F.next_day(F.when((~F.char_length(col("s")).isin(lit(3), lit(10))), F.to_date(lit("2023-12-31"))).otherwise(F.last_day(col("dt"))), "SUN").alias("c1"), F.date_add(col("dt"), col("i")), expr("date_add(trunc(trunc(DATE'2025-03-01', 'YEAR'), 'Q'), i)").alias("c3"), (F.nvl(col("i"), lit(0)) - F.when(col("t").try_cast("boolean"), F.minute(col("ts"))).when(F.when(col("m").isNotNull(), col("s").eqNullSafe(lit("a"))).when(((col("j") != lit(-1)) & col("b")), (col("n") == expr("0.5"))).when((F.to_date(lit("2025-03-01")) < col("dt")), (~col("d").isin(lit(0.001), lit(100.0), lit(3.75)))), F.locate("l", lit("abc"), 5)).otherwise(col("i"))).alias("c4")).where(col("c1").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3, c4 FROM rexpr_q ORDER BY id"]
