spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "weekday(date_add(dt, i)) AS c1", "CASE WHEN ((dt - dt) = INTERVAL '-2' DAY) THEN (months_between(DATE'2023-12-31', dt) / nullif(CAST(extract(HOUR FROM (ts - CAST(i AS TIMESTAMP))) AS INT), 0)) WHEN (NOT (j IS NOT NULL)) THEN d ELSE d END AS c2", "concat_ws('', t, CAST(TRY_CAST(s AS DATE) AS STRING), translate(t, 'abc', '')) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id"]
