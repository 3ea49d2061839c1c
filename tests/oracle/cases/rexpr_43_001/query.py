from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, b BOOLEAN, ts TIMESTAMP, n DECIMAL(5,3), t STRING, d DOUBLE, m DECIMAL(10,2), i INT, dt DATE, f FLOAT").json(INPUT)
result = df.filter("(CASE WHEN (d = 2.0D) THEN (n > 1.25) WHEN CASE WHEN (ts < TIMESTAMP'2024-02-29 00:00:00') THEN b ELSE (t >= 'abc') END THEN b ELSE b END OR b)").selectExpr("id", "d", "TRY_CAST(3 AS INT) AS c1", "rpad(trim(from_unixtime((2 * id), 'yyyy-MM-dd')), 3, '*') AS c2", "sha2(s, 224) AS c3", "(n % nullif((- m), 0)) AS c4", "TRY_CAST(nullif(id, 3L) AS INT) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c4 ASC NULLS LAST, id"]
