from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((timestampdiff(HOUR, timestampadd(DAY, i, ts), ts) BETWEEN 2 AND 10) OR (k > 1L))").selectExpr("id", "stack(3, date_add(dt, i), 1, to_date(date_trunc('SECOND', ts)))", "make_timestamp(year(trunc(element_at(array_sort(array(dt, coalesce(dt, dt, DATE'2024-02-29'), DATE'2024-02-29')), 1), 'YEAR')), month(trunc(element_at(array_sort(array(dt, coalesce(dt, dt, DATE'2024-02-29'), DATE'2024-02-29')), 1), 'YEAR')), dayofmonth(trunc(element_at(array_sort(array(dt, coalesce(dt, dt, DATE'2024-02-29'), DATE'2024-02-29')), 1), 'YEAR')), 23, 59, 0) AS c2", "round((xpath_short('<a><b>7</b><b>' || greatest(i, i) || '</b></a>', 'sum(a/b)') * nullifzero(f)), 0) AS c3").filter((col("c3") <= lit(0.5)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
