from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("i") == lit(10))).selectExpr("id", "(n % nullif(n, 0)) AS c1", "(n * i) AS c2", "nullif(d, CAST('NaN' AS DOUBLE)) AS c3", "(dt <= ts) AS c4", "CASE WHEN ((d = 100.0D) OR (m <> 0.5)) THEN s WHEN (m IS NOT NULL) THEN t ELSE ucase(s) END")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id"]
