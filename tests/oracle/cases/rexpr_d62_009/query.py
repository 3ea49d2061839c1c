from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("dt", expr("next_day(if((NOT (ts < TIMESTAMP'2024-02-29 00:00:00')), next_day(dt, 'Mon'), to_date('2025-03-01')), 'TU')")).withColumn("c2", expr("TRY_CAST(d AS INT)")).withColumn("c3", (F.when(col("b"), col("n")).when(col("b"), (col("m") / F.nullif(col("i"), lit(0)))).otherwise(F.ceil(lit(1.25).cast("decimal(3,2)"))) / lit(-4))).withColumn("ts", expr("timestamp_millis(aggregate(split(s, ' '), 0, (acc, x) -> acc + length(x)))")).withColumn("c5", F.nvl2(col("s"), col("i"), col("i"))).select("id", "c2", "c3", "c5")
OUTPUT_MODE = "append"
