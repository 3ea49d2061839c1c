spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(38,10), ts TIMESTAMP, b BOOLEAN, d DOUBLE, j INT, s STRING, i INT, n DECIMAL(5,3), dt DATE").json(INPUT)
result = df.selectExpr("id", "n", "(CASE WHEN (s != 'x-y') THEN TRY_CAST(s AS TIMESTAMP) ELSE CASE j WHEN 2 THEN ts WHEN 1 THEN ts ELSE CAST(NULL AS TIMESTAMP) END END - INTERVAL 24 HOURS) AS c1", "(CAST(TIMESTAMP_NTZ'2025-03-09 02:30:00' + INTERVAL '2 01' DAY TO HOUR AS STRING) IS NULL) AS c2", "greatest(ts, TIMESTAMP'1999-12-31 23:59:59.999', ts) AS c3", "CASE WHEN b THEN m WHEN (dt = DATE'2023-12-31') THEN m ELSE m END AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id DESC"]
