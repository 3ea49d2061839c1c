from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("element_at(array_sort(array(CASE WHEN b THEN dt WHEN (n IS NOT NULL) THEN dt ELSE dt END, dt, DATE'2024-02-29')), 1) AS k1")).agg(F.max(expr("make_dt_interval(106751992, i)")).alias("a3"), expr("round(covar_pop(year(dt), i), 6)").alias("a1"), expr("round(stddev_samp(nullifzero(minute(ts))), 6) AS a2")).filter("a1 IS NOT NULL").orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
