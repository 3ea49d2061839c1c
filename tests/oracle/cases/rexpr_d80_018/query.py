from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN (s <= '42') THEN (ts - INTERVAL 1 DAY) WHEN b THEN ts WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN (ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE ts END AS c1"), expr("trunc(dt, 'Q') AS c2"), expr("CASE WHEN b THEN -2L END AS c3"), (F.date_trunc("HOUR", ((col("ts") - expr("INTERVAL 1 MONTH")) - expr("INTERVAL -3 DAYS"))) - expr("INTERVAL 1 MONTH")).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id DESC"]
