from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, m DECIMAL(12,4), dt DATE, i INT, d DOUBLE, s STRING, k BIGINT").load(INPUT)
result = df.where("((CASE WHEN (ts IS NOT NULL) THEN ts WHEN true THEN ts ELSE ts END != ts) OR (s <> 'o'))").selectExpr("id", "((ts IS NULL) OR true) AS c1", "(m + CASE WHEN (d >= 0.001D) THEN i ELSE 2 END) AS c2", "add_months(trunc(try_to_date('日本'), 'WEEK'), datediff(dt, dt)) AS c3", "((d IS NOT NULL) = (s < '2024-02-29')) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
