from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "concat(s, 'a', 'a')", "date_trunc('DAY', date_trunc('DAY', date_trunc('MONTH', TRY_CAST(t AS TIMESTAMP)))) AS c2", "quarter(trunc(least(dt, dt, greatest(dt, dt)), 'Q')) AS c3", "(-1 - i) AS c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2 FROM rexpr_q ORDER BY id DESC"]
