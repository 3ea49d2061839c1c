from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(((m = 0.001) AND (m = -3.10)), false))").select("id", "dt", expr("((m * m) - 10)").alias("c1"), expr("ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)").alias("c2"), F.unix_timestamp(F.date_add(F.trunc(col("dt"), "mon"), F.length(lit(" ")))).alias("c3"), F.when(col("b"), F.to_date(lit("2025-03-01"))).when(col("id").isNotNull(), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")).alias("c4")).filter("(TRY_CAST(s AS BOOLEAN) OR (s IS NOT NULL))")
OUTPUT_MODE = "append"
