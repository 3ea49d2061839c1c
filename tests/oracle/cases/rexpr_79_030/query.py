from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((col("i") / F.nullif(F.hash(lit(None).cast("string")), lit(0))).alias("k1")).agg(F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a1"), expr("min((m - CASE WHEN false THEN n WHEN (id IS NOT NULL) THEN n WHEN b THEN n ELSE n END)) AS a2"))
OUTPUT_MODE = "complete"
