from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, s STRING, dt DATE, d DOUBLE, j INT, i INT, m DECIMAL(10,2), n DECIMAL(4,1)").load(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN CASE WHEN (b OR b) THEN CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END ELSE ts END WHEN (dateadd(dt, i) IS NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END AS c1", "sign(datediff(CAST(dt AS TIMESTAMP), (dt - INTERVAL -10 DAYS))) AS c2", "CAST(ts AS BIGINT) AS c3").filter("coalesce((i >= 3), true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id DESC"]
