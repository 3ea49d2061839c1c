from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "n", expr("(NOT i) AS c1"), expr("make_date(2024, pmod(i, 12) + 1, least(dayofmonth(dt), 28)) AS c2"), expr("CAST(i AS BIGINT)").alias("c3")).filter("(id >= 3L)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
