from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(38,10), d DOUBLE, s STRING, t STRING, ts TIMESTAMP, j INT, i INT, dt DATE").load(INPUT)
result = df.where(col("d").isNotNull()).select("id", (col("id") * lit(0.5)), F.when((col("s") == lit(" ")), F.trunc(col("dt"), "yy")).when(F.isnan(col("d")), F.coalesce(col("dt"), F.to_date(lit("2000-01-01")), F.to_date(lit("2024-02-29")))).otherwise(col("dt")).alias("c2"), (F.isnan(col("d")) | col("dt").isNotNull()).alias("c3"), ((lit(1).cast("bigint") * lit(-1)) % lit(3)).alias("c4"), F.months_between(F.coalesce(F.timestamp_seconds(F.datediff(F.to_date(lit("2000-01-01")), F.to_date(lit("2025-03-01")))), F.date_trunc("QUARTER", col("ts")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), F.date_sub(col("dt"), col("i"))).alias("c5")).where((expr("0.001").eqNullSafe(expr("99.99")) | col("c5").isNull()))
OUTPUT_MODE = "append"
