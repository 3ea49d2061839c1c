from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, dt DATE, i INT, s STRING, d DOUBLE, b BOOLEAN, n DECIMAL(5,3), m DECIMAL(18,6)").json(INPUT)
df.where((col("d") > lit(0.001))).createOrReplaceTempView("src")
result = spark.sql("SELECT CASE (s IS NOT NULL) WHEN false THEN dt WHEN true THEN next_day(dt, 'SUN') ELSE add_months(dt, i) END AS k1, datediff(max(dt), min(dt)) AS a1, max((ts - INTERVAL '1-2' YEAR TO MONTH)) AS a2, bool_and(((ts <= TIMESTAMP'1999-12-31 23:59:59.999') AND (s <> ''))) AS a3, sort_array(collect_set(replace(CASE WHEN (n >= 0.001) THEN s WHEN b THEN s ELSE s END, 'o', '0'))) AS a4 FROM src GROUP BY CASE (s IS NOT NULL) WHEN false THEN dt WHEN true THEN next_day(dt, 'SUN') ELSE add_months(dt, i) END ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
