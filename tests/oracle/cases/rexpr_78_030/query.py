from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN abs(m) WHEN (id IS NOT NULL) THEN m WHEN b THEN m ELSE m END AS c1", "CASE WHEN (id < 1L) THEN ts WHEN (i >= 1) THEN ts WHEN b THEN ts END", "char_length(lpad(s, 0, ' ')) AS c3", "TRY_CAST(m AS INT)", "last_day(dt)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY id"]
