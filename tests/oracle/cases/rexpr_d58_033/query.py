from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, d DOUBLE, ts TIMESTAMP, s STRING, m DECIMAL(12,4), j INT, dt DATE, k BIGINT").json(INPUT)
result = df.groupBy(expr("date_add(dt, i) AS k1")).agg(expr("datediff(max(CASE WHEN (k <= 1L) THEN dt WHEN (j = 3) THEN dt WHEN (dt IS NOT NULL) THEN dt END), min(CASE WHEN (k <= 1L) THEN dt WHEN (j = 3) THEN dt WHEN (dt IS NOT NULL) THEN dt END)) AS a1"), expr("min((to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') + INTERVAL '90' MINUTE)) AS a2"), F.datediff(F.max((col("dt") + expr("INTERVAL 2 YEARS"))), F.min((col("dt") + expr("INTERVAL 2 YEARS")))).alias("a3"), expr("datediff(max(trunc(trunc(dt, 'yy'), 'WEEK')), min(trunc(trunc(dt, 'yy'), 'WEEK'))) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
