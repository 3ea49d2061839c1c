from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(CASE WHEN (d >= m) THEN isnan(round(d, 2)) WHEN (dt <=> to_date('2025-03-01')) THEN (t > s) ELSE (id IS NOT NULL) END OR (b IS NULL))").select("id", F.nullif(F.nullif((col("m") / F.nullif(col("i"), lit(0))), lit(100).cast("decimal(3,0)")), lit(1.25).cast("decimal(3,2)")).alias("c1"), col("ts").isNotNull().alias("c2"), F.abs(col("i")).alias("c3"))
OUTPUT_MODE = "append"
