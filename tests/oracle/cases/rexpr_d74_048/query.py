from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((NOT b) OR b)").selectExpr("id", "j", "((pmod(i, -4) <> id) AND (m <= 1.25)) AS c1", "regexp_replace(upper(substring(rpad(s, 8, 'é'), 2, 1)), '[aeiou]', '*') AS c2", "to_date(TIMESTAMP'2024-03-01 12:30:00.123456') AS c3", "date_sub(trunc(date_add(last_day(dt), i), 'Q'), datediff(dt, DATE'2000-01-01')) AS c4", "CASE WHEN b THEN dt ELSE CASE WHEN (dt > to_date('2023-12-31')) THEN make_date(year(dt), pmod(i, 12) + 1, least(dayofmonth(dt), 28)) WHEN b THEN dt END END AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4, c3 FROM rexpr_q ORDER BY j ASC NULLS FIRST, id"]
