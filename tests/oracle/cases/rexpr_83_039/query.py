from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.trunc(F.coalesce(col("dt"), F.to_date(lit("2025-03-01"))), "WEEK").alias("k1")).agg(expr("datediff(max(CASE WHEN b THEN dt WHEN TRY_CAST(s AS BOOLEAN) THEN dt WHEN (d = 0.001D) THEN dt ELSE (dt - INTERVAL '1-1' YEAR TO MONTH) END), min(CASE WHEN b THEN dt WHEN TRY_CAST(s AS BOOLEAN) THEN dt WHEN (d = 0.001D) THEN dt ELSE (dt - INTERVAL '1-1' YEAR TO MONTH) END)) AS a1"), expr("(max(least(i, i, i)) - min(least(i, i, i))) AS a2"), expr("datediff(max(to_date(ts)), min(to_date(ts))) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
