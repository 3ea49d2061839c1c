from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, k BIGINT, j INT, ts TIMESTAMP, dt DATE, i INT, t STRING, d DOUBLE, n DECIMAL(5,3), m DECIMAL(38,10)").json(INPUT)
result = df.where(col("s").isNotNull()).select("id", expr("nullif(to_date(date_format(add_months(dt, 2), 'dd/MM/yyyy'), 'dd/MM/yyyy'), to_date('2025-03-01'))").alias("c1"), expr("map_filter(map('a', ascii(char(CAST(array_size(slice(array(i, 3, 3, 4), -2, 5)) AS INT))), 'b', smallint(CASE WHEN (t <> 'a') THEN i WHEN (j IS NOT NULL) THEN i WHEN false THEN 3 ELSE i END), 'c', 0), (k, v) -> v > 0 OR k = 'c')").alias("c2"), expr("named_struct('x', (i + (CAST(array_size(slice(array(i, i, 3, 4), -2, 5)) AS INT) * 2)), 'y', array(char(i)))").alias("c3"), expr("xpath_float('<a b=\"' || (0 * i) || '\"/>', 'a/@b')").alias("c4"), expr("CASE WHEN (s >= 'é') THEN pmod(id, nullif(i, 0)) WHEN (i <= 5) THEN k WHEN (ts IS NOT NULL) THEN (id + id) ELSE shiftrightunsigned(CAST(CAST(array_size(slice(array(10, 0, 3, 4), -2, 5)) AS INT) AS BIGINT), 1) END AS c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c1 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
