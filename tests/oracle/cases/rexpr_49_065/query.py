from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, dt DATE, t STRING, m DECIMAL(12,4), ts TIMESTAMP, s STRING, j INT, d DOUBLE, i INT").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (greatest(j, i, j) BETWEEN 10 AND 0) THEN d WHEN ('2024-02-29' > s) THEN d ELSE d END AS c1", "right(CASE WHEN (b IS NOT TRUE) THEN t WHEN b THEN 'o' ELSE s END, 4) AS c2", "date_add(least(CASE WHEN b THEN DATE'2024-02-29' WHEN (j > 1) THEN to_date('2023-12-31') ELSE dt END, add_months(dt, i)), abs(1)) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
