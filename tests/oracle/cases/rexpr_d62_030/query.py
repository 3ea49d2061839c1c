from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.date_format(col("dt"), "yyyy-MM-dd HH:mm:ss.SSS").ilike("%o%") | (col("id") >= lit(3).cast("bigint")))).groupBy(expr("(ts IS NOT NULL) AS k1")).agg(expr("round(avg(CASE WHEN (n IS NOT NULL) THEN d WHEN b THEN d WHEN b THEN d ELSE d END), 0) AS a1"), expr("max(try_add(TRY_CAST(id AS DECIMAL(5,1)), m)) AS a2"), expr("min(CASE WHEN b THEN id WHEN (d < 100.0D) THEN id END) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
