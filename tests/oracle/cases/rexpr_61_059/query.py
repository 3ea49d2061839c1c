from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(i IS NOT NULL)").select("id", expr("CASE WHEN (rtrim(s) < format_string('%d%%', 1L)) THEN (ts - INTERVAL 1 DAY) WHEN (s IS NOT NULL) THEN ((ts - INTERVAL 1 MONTH) + INTERVAL -3 DAYS) WHEN coalesce(((i >= 10) OR (m IS NOT NULL)), false) THEN ts ELSE ts END AS c1"), expr("(greatest(100BD, m, m) / nullif(CAST(i AS DECIMAL(12,2)), 0)) AS c2"))
OUTPUT_MODE = "append"
