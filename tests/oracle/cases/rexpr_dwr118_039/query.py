from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("array_sort(array(s, format_number(i, 3), 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)"), expr("posexplode_outer(map(i, s))"), expr("last_day(dt)").alias("c3"), expr("from_csv(concat_ws(';', reduce(array(positive(i), size(json_object_keys(to_json(named_struct('a', i, 'b', s)))), 4), 0, (acc, x) -> acc + coalesce(x, 0)), chr(abs(i) % 90 + 32)), 'x INT, y STRING', map('sep', ';'))").alias("c4"), expr("CASE (i BETWEEN 1 AND 1) WHEN false THEN arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) WHEN false THEN b END AS c5"), expr("array_union(array(months_between(CASE (id IS NOT NULL) WHEN true THEN dt WHEN false THEN DATE'2025-03-01' ELSE dt END, make_timestamp(year(dt), month(dt), dayofmonth(dt), 0, 0, 15.5), false), CAST('NaN' AS DOUBLE), CASE WHEN is_valid_utf8(s) THEN atanh(d / 2000) WHEN b THEN d WHEN xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') THEN d END), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))").alias("c6"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5, c4, c6 FROM rexpr_q ORDER BY id"]
