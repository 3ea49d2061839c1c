from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "date_add(date_add(dt, i), 3)", "date_add(CASE WHEN ((f <=> id) OR (t IN ('abc'))) THEN dateadd(to_date('2024-02-29'), i) WHEN (NOT false) THEN dt WHEN (s > '日本') THEN DATE'2025-03-01' END, i) AS c2", "crc32(t) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY id"]
