from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.datediff(col("dt"), col("dt")), F.weekday(F.when((col("d") <= lit(float("nan"))), F.date_from_unix_date(col("i"))).when(col("b"), F.date_add(F.to_date(lit("2025-03-01")), col("i"))).when(col("b"), F.when(col("b"), F.to_date(lit("2000-01-01"))).when(col("b"), col("dt")).when(lit(False), col("dt")).otherwise(F.to_date(lit("2025-03-01")))).otherwise(col("dt"))).alias("c2"), expr("(regexp_like(repeat('2024-02-29', 2), '^[A-Z]') OR TRY_CAST(s AS BOOLEAN)) AS c3"), expr("CASE WHEN ((m <> 99.99) OR (b IS NOT TRUE)) THEN ((i - i) + year(dt)) WHEN (t ILIKE '%o%') THEN abs(try_add(i, i)) WHEN b THEN unix_date(to_date('2023-12-31')) ELSE i END AS c4"))
OUTPUT_MODE = "append"
