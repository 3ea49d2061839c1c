from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((F.nvl(col("i"), lit(5)) * lit(2)).alias("k1")).agg(expr("(max(months_between((CASE WHEN true THEN ts WHEN (ts IS NOT NULL) THEN CAST(NULL AS TIMESTAMP) WHEN b THEN ts ELSE ts END - INTERVAL 36 HOURS), CASE b WHEN true THEN dt WHEN false THEN dt ELSE dt END, false)) - min(months_between((CASE WHEN true THEN ts WHEN (ts IS NOT NULL) THEN CAST(NULL AS TIMESTAMP) WHEN b THEN ts ELSE ts END - INTERVAL 36 HOURS), CASE b WHEN true THEN dt WHEN false THEN dt ELSE dt END, false))) AS a1"), F.sum(F.when(F.coalesce(col("b"), (col("d") > lit(0.001)), lit(False)), (col("m") - col("m"))).otherwise(lit(0))).alias("a2"), F.count(F.next_day(col("dt"), "SUN")).alias("a3"))
OUTPUT_MODE = "complete"
