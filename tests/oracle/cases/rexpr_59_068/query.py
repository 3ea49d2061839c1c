from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(F.coalesce((lit(True) | (col("dt") > F.to_date(lit("2025-03-01")))), F.substring(col("t"), 0, 10).contains("a"), lit(None).cast("boolean")), lit(False)))).selectExpr("id", "f", "CASE WHEN (j <> 5) THEN ts ELSE ts END AS c1", "(CASE WHEN (id >= 0L) THEN i WHEN (d >= -1.5D) THEN i WHEN (s IS NOT NULL) THEN i ELSE i END + i) AS c2", "unix_timestamp(ts)", "(i + i)", "(ts + INTERVAL 1 DAY) AS c5")
OUTPUT_MODE = "append"
