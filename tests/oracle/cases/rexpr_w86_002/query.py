from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "next_day(dt, 'fri') AS c1", "date_trunc('SECOND', (nvl(CASE WHEN (s IS NOT NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN (f < 2.0D) THEN ts WHEN (id < 3L) THEN ts ELSE ts END, TIMESTAMP'2024-02-29 00:00:00') - INTERVAL -3 DAYS)) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
