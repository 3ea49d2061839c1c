from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(38,10), i INT, s STRING, d DOUBLE, ts TIMESTAMP, n DECIMAL(4,1), b BOOLEAN, dt DATE").load(INPUT)
result = df.select("id", col("i").cast("bigint").alias("c1"), F.date_trunc("SECOND", F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c2"), F.months_between(col("ts"), col("dt")).try_cast("int").alias("c3"), F.greatest(F.when(col("ts").isNotNull(), col("id")).when(col("ts").isNotNull(), F.ifnull(col("id"), lit(1).cast("bigint"))), F.coalesce(col("id"), F.nvl2(lit(0.001), col("id"), lit(None).cast("bigint")), lit(-2).cast("bigint")), F.nvl(col("id"), lit(1).cast("bigint"))).alias("c4")).where((col("c4") == lit(-2).cast("bigint")))
OUTPUT_MODE = "append"
