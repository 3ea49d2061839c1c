from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, m DECIMAL(10,2), dt DATE, t STRING, ts TIMESTAMP, n DECIMAL(4,1), d DOUBLE, s STRING, i INT, j INT").json(INPUT)
result = df.selectExpr("id", "CAST(dt AS TIMESTAMP)", "instr(array_join(split(s, '[aeiou]'), '-'), 'a') AS c2", "TRY_CAST(CAST(d AS STRING) AS DECIMAL(12,2))", "sqrt(months_between(ts, ts, false)) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c4 ASC NULLS LAST, id"]
