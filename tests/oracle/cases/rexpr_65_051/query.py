from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (s = 'é') THEN dt ELSE dt END AS c1", "to_timestamp(date_format((TIMESTAMP'2024-02-29 00:00:00' + INTERVAL '1 02:03:04.000005' DAY TO SECOND), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c2", "endswith(s, '') AS c3", "isnan((d * id)) AS c4", "(coalesce(CASE WHEN (m >= 99.99) THEN 1L ELSE id END, 1000L) * 10) AS c5").where("(id = 0L)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c4 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
