from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(xpath_boolean('<a><b>' || 1 || '</b></a>', 'a/b = 7'), false))").groupBy(expr("element_at(array_sort(array(dt, greatest(dt, dt, dt), DATE'2024-02-29')), 1) AS k1"), expr("CAST(timestamp_micros(i) AS STRING) AS k2")).agg(expr("max(to_number(s, '999')) AS a3"), expr("string_agg(CAST(i AS STRING), '-') WITHIN GROUP (ORDER BY i DESC)").alias("a1"), expr("count_if((n > nvl2(ts, id, 3L))) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
