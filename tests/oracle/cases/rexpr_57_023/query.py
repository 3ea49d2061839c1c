from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "md5(i) AS c1", "(nullif(-3.10, 0.5) + m) AS c2", "dayofmonth(next_day(nullif(dt, DATE'2024-02-29'), 'TU')) AS c3").filter("(NOT coalesce((d BETWEEN 0.001D AND 2.0D), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id DESC"]
