from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, s STRING, dt DATE, b BOOLEAN, m DECIMAL(18,6), ts TIMESTAMP, i INT").load(INPUT)
result = df.selectExpr("id", "(coalesce(m, m, 1.25) * m) AS c1", "(m / -4) AS c2", "to_timestamp(date_format(nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456'), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') AS c3", "CASE WHEN (dt = to_date('2024-02-29')) THEN ts WHEN b THEN ts WHEN b THEN CASE s WHEN '2024-02-29' THEN ts ELSE ts END ELSE date_trunc('MINUTE', ts) END AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
