from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (s IN (' ', '42')) THEN (id * 1) WHEN contains('日本', '') THEN TRY_CAST(d AS BIGINT) ELSE k END AS c1", "trim(nullif(date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSS'), '2024-02-29')) AS c2", "(i + i) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id"]
