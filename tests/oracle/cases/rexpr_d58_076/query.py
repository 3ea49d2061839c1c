from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd')", "(b <= (k >= 0L)) AS c2", "(n - -3.10) AS c3", "(i + m) AS c4", "round(ln(i))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id DESC"]
