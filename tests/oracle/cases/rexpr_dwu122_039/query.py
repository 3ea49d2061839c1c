from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(isnan(CASE WHEN (d IS NOT NULL) THEN d WHEN b THEN d WHEN (id <= 1000L) THEN 100.0D ELSE d END) OR (m IS NOT NULL))").groupBy(expr("(1000L < from_xml('<ROW><v>' || d || '</v></ROW>', 'v DOUBLE').v) AS k1")).agg(expr("round(regr_sxy(i, CASE WHEN (dt = DATE'2023-12-31') THEN tinyint(abs(i) % 100) WHEN CASE WHEN b THEN (id > -2L) WHEN (d = 0.5D) THEN (i > -1) WHEN (s >= '') THEN b ELSE b END THEN (i + i) WHEN b THEN timestamp_diff('MONTH', ts, ts) ELSE i END), 6) AS a1"), expr("sort_array(collect_union(array(i, i)))").alias("a2"), expr("listagg(rpad(s, 6, '*'), ',') WITHIN GROUP (ORDER BY rpad(s, 6, '*')) AS a3"), expr("round(skewness(i), 6)").alias("a4"))
OUTPUT_MODE = "complete"
