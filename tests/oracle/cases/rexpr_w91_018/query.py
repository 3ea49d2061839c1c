from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when(col("b"), col("dt")).when((col("ts") <= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.date_add(F.to_date(lit("2023-12-31")), col("i"))).when(F.nvl(col("b"), lit(True)), F.date_sub(col("dt"), col("i"))).otherwise(col("dt")).alias("k1"), expr("log1p(abs(1.25) + 1) AS k2")).agg(expr("max(split(s, ' ')[2]) AS a3"), expr("sum((0.5D * d)) AS a1"), expr("sum(CASE WHEN (d < 3.75D) THEN d WHEN b THEN d WHEN (s <> '42') THEN d ELSE 0.001D END) AS a2"))
OUTPUT_MODE = "update"
