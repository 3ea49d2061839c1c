spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "i", "make_dt_interval(106751992, i) AS c1", "(m * day(dt)) AS c2", "map_filter(map('a', datediff(dt, sequence(element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), date_add(element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1), 3), INTERVAL 1 DAY)[1]), 'b', i, 'c', 0), (k, v) -> v > 0 OR k = 'c') AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY id"]
