from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(((i >= id) OR (ts >= TIMESTAMP'1999-12-31 23:59:59.999')), true)").select("id", expr("map_keys(map(base64(rpad(s, 6, 'ab')), 1, 'k', 2))").alias("c1"), F.to_char(expr("element_at(array_sort(array(element_at(array_sort(array(least(dt, dt), dt, DATE'2024-02-29')), 1), dt, DATE'2024-02-29')), 1)"), lit('yyyy/MM/dd')).alias("c2"), F.array_max(F.array(col("i"), col("i"), lit(3))).alias("c3"), expr("timestamp_diff('SECOND', to_timestamp_ltz(CAST(date_add(dt, i) AS STRING)), CASE WHEN (d < 100.0D) THEN CAST(i AS TIMESTAMP) WHEN (s < 'abc') THEN timestamp_add('HOUR', i, ts) WHEN (i >= 0) THEN TIMESTAMP'2024-02-29 00:00:00' ELSE (ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND) END) AS c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id"]
