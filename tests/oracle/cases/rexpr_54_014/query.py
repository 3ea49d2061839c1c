from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", expr("CASE WHEN b THEN n WHEN (b IS NOT NULL) THEN (n * m) WHEN (CASE WHEN b THEN s WHEN (s = '2024-02-29') THEN s WHEN (n > 0.5) THEN s ELSE s END IS NOT NULL) THEN TRY_CAST(-4 AS DECIMAL(5,1)) ELSE 0.001 END").alias("c1"), F.coalesce(col("m"), expr("-3.10"), expr("12.345")).alias("c2"), col("dt").cast("int").alias("c3"), F.ceil(F.when(F.abs(F.try_divide(col("d"), lit(1e300))) < lit(1e9), F.try_divide(col("d"), lit(1e300)))).alias("c4"))
OUTPUT_MODE = "append"
