from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS')", "CASE WHEN startswith(t, 'o') THEN nullif(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), TIMESTAMP'1999-12-31 23:59:59.999') WHEN (b AND (t = '')) THEN (ts - INTERVAL 1 DAY) END AS c2", "pmod(instr(s, ' '), 10) AS c3", "ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) AS c4", "CASE WHEN (s <> 'x-y') THEN n ELSE (m + i) END AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
