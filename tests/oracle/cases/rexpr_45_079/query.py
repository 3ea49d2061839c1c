from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((n >= 1.25) OR (dt <= DATE'2000-01-01'))").select(F.floor(F.when(F.abs(F.round((-(col("d") * col("d"))), 3)) < lit(1e9), F.round((-(col("d") * col("d"))), 3))).alias("c1"), expr("(nullif((n * n), 0.5) > (i + i)) AS c2"), ((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))) | col("n").isNotNull()).alias("c3"), F.ceil(F.when(F.abs(F.try_divide(F.months_between(col("ts"), F.to_date(lit("2024-02-29")), False), lit(1e300))) < lit(1e9), F.try_divide(F.months_between(col("ts"), F.to_date(lit("2024-02-29")), False), lit(1e300)))).alias("c4"))
OUTPUT_MODE = "append"
