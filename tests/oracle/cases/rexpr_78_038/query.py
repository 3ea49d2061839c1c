from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(NOT coalesce(ifnull((id <= 1L), false), false))").selectExpr("id", "ts", "(i - CASE WHEN b THEN i WHEN (j > 0) THEN 2 WHEN (dt < DATE'2024-02-29') THEN 3 ELSE i END) AS c1", "CAST(ts AS BIGINT) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT ts FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
