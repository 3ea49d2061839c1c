from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(date_trunc('HOUR', greatest(date_trunc('DAY', TIMESTAMP'2024-02-29 00:00:00'), to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'))) + INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c1", "replace(coalesce(try_element_at(split(s, ' '), 3), ' '), 'l', 'LL') AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id DESC"]
