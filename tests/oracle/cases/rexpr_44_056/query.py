from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(7,0), ts TIMESTAMP, dt DATE, k BIGINT, s STRING, j INT, i INT, b BOOLEAN").load(INPUT)
result = df.filter("(b IS NOT TRUE)").select("id", expr("greatest(CASE WHEN (s ILIKE '%e') THEN 3L WHEN nvl2(k, (d > 0.1D), false) THEN TRY_CAST(s AS BIGINT) WHEN CASE WHEN (k > 3L) THEN (s IS NOT NULL) WHEN b THEN (dt >= DATE'2025-03-01') END THEN (3 * id) ELSE -2L END, pmod(id, -4), TRY_CAST(s AS BIGINT))").alias("c1"), F.coalesce(col("d"), col("d"), lit(2.0)))
OUTPUT_MODE = "append"
