from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(((hash(TIMESTAMP'1999-12-31 23:59:59.999') < -2L) AND ((t IS NOT NULL) OR (i IS NOT NULL))) OR (dt IS NULL))").select("id", "i", expr("unix_timestamp(trunc(dt, 'yy')) AS c1"), F.concat_ws("|", F.when((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))), col("t")).when(lit(False), col("s")).when((col("d") < lit(0.5)), col("s")).otherwise(lit("o")), col("s"), col("s")).alias("c2"), expr("CASE WHEN (d <> CAST('NaN' AS DOUBLE)) THEN d WHEN true THEN d WHEN true THEN d ELSE d END")).where("(CAST(3L AS BOOLEAN) OR (k <= 1000L))")
OUTPUT_MODE = "append"
