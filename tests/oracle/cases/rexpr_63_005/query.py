from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(coalesce(((m - m) IS NOT NULL), (m <= 12.345), false) OR (id = 86400L))").selectExpr("id", "left(concat_ws('|', CAST(next_day(dt, 'wednesday') AS STRING), CASE WHEN b THEN s WHEN (b IS NOT TRUE) THEN s WHEN b THEN 'Hello' ELSE s END), 2) AS c1", "(b OR (m <> -3.10)) AS c2", "(coalesce(id, id, 1L) * 5) AS c3", "regexp_extract(sha2(upper(right(s, 0)), 0), '([a-z]+)', 1) AS c4", "ifnull((s <> 'Hello'), false) AS c5").where("(NOT c2)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY id DESC"]
