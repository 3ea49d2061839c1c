from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "dayname(i) AS c1", "(regexp_instr(s, '[aeiou]') BETWEEN 5 AND 5) AS c2", "posexplode_outer(map(i, s))", "flatten(array(array(CAST(sequence(CASE WHEN (id <> 86400L) THEN dt WHEN (i <> 5) THEN dt WHEN b THEN dt ELSE DATE'2024-02-29' END, date_add(CASE WHEN (id <> 86400L) THEN dt WHEN (i <> 5) THEN dt WHEN b THEN dt ELSE DATE'2024-02-29' END, 3), INTERVAL 1 DAY)[1] AS STRING)), CAST(NULL AS ARRAY<STRING>))) AS c4", "CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN nvl2(d, TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-02-29 00:00:00') ELSE ts END AS c5", "xpath_double('<a><b>' || getbit(abs(nullifzero(abs(i))) % 100, 0) || '</b><b>2.5</b></a>', 'sum(a/b)') AS c6")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY c5 DESC NULLS LAST, id"]
