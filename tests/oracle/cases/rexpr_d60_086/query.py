from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, m DECIMAL(7,0), d DOUBLE, i INT, dt DATE, s STRING, b BOOLEAN, n DECIMAL(5,3), t STRING").load(INPUT)
result = df.selectExpr("id", "substr(lpad(translate(t, ' ', '_'), 8, 'é'), 5, 3) AS c1", "ifnull(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'), TIMESTAMP'2024-02-29 00:00:00') AS c2", "soundex(s) AS c3", "greatest(try_divide(i, i), d, d)", "CAST(2 AS BIGINT) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c5, c2 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id DESC"]
