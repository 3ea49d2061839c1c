from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(m = 0.5)").select("id", F.next_day(col("dt"), "SUN").alias("c1"), (F.when(col("b"), F.date_trunc("MONTH", col("ts"))).when(col("b"), (F.to_timestamp(lit("2024-03-01 12:30:00.123456")) + expr("INTERVAL 1 DAY"))).when((col("n") == col("i")), F.coalesce(col("ts"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))) - expr("INTERVAL '90' MINUTE")).alias("c2"), expr("round(n, 1)").alias("c3")).where(col("k").isNotNull())
OUTPUT_MODE = "append"
