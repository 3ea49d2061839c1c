from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "t", F.last_day(F.add_months(F.nullif(col("dt"), F.to_date(lit("2000-01-01"))), col("i"))).alias("c1"), F.nullif(F.when(col("j").isNotNull(), lit(0.001)).when(col("t").eqNullSafe(col("s")), col("d")).otherwise((col("d") - col("d"))), lit(3.75)).alias("c2")).where(F.coalesce((lit(False) & (col("k") < lit(86400).cast("bigint"))), lit(True)))
OUTPUT_MODE = "append"
