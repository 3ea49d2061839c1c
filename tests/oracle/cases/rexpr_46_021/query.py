from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((rpad(t, 3, 'é') RLIKE '^[A-Z]') OR (d = 0.1D))").selectExpr("id", "char_length(regexp_extract(CASE WHEN (id <> 1L) THEN '' WHEN b THEN nvl(s, 'a') ELSE date_format(dt, 'EEEE') END, '^(\\\\S*)', 1)) AS c1", "nvl2(dt, CASE WHEN (s = '') THEN dt WHEN (m <= id) THEN add_months(dt, i) WHEN startswith(s, 'é') THEN dt END, to_date('2024-02-29')) AS c2", "CAST(last_day(trunc(last_day(to_date('2025-03-01')), 'mon')) AS TIMESTAMP) AS c3").filter("(m = 0.5)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1, c3 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
