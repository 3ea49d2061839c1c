from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("nvl((1000L + i), 0L) AS c1"), expr("((id DIV 3) - i) AS c2"), (F.weekday(F.trunc(F.when((col("d") > lit(0.1)), col("dt")).when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), "yy")) / F.nullif(col("i"), lit(0))).alias("c3"), expr("coalesce((d - CASE WHEN (NOT b) THEN 0.5D WHEN b THEN d ELSE d END), 100.0D) AS c4"), expr("nullif((ts - INTERVAL 36 HOURS), TIMESTAMP'2024-03-01 12:30:00.123456')")).where((F.when(col("c4").isNotNull(), (col("c1") >= lit(0).cast("bigint"))).otherwise(F.when((col("id") != lit(-2).cast("bigint")), (col("c3") < lit(0.001))).when((col("c2") < lit(0).cast("bigint")), (col("c1") != lit(0).cast("bigint"))).when(lit(False), col("c2").isNotNull()).otherwise((col("c1") >= lit(3).cast("bigint")))) | col("c1").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id"]
