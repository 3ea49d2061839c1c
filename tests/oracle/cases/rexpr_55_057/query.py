from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("j") < lit(-1))).select("k", F.nvl2(col("d"), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c1"), expr("CASE WHEN (s <> 'o') THEN k WHEN CAST(j AS BOOLEAN) THEN 0L WHEN isnan(sqrt(bround(0.5, 0))) THEN id ELSE pmod(0L, nullif(i, 0)) END AS c2"), (F.when((col("d") != lit(0.1)), col("ts")).when(col("k").isNotNull(), col("ts")).otherwise(col("ts")) + expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c3"), expr("((CAST(i AS BIGINT) - id) / 10.0D)").alias("c4")).where("(NOT coalesce((s RLIKE '^[A-Z]'), false))")
OUTPUT_MODE = "append"
