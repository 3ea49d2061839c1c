spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "exp(CAST(round(n, 3) AS DOUBLE)) AS c1", "make_date(year(dt), 12, 28) AS c2", "(dayofyear(next_day(dt, 'fri')) - n) AS c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id DESC"]
