from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("t") != lit("x-y"))).selectExpr("id", "try_element_at(split(s, '  *'), -1) AS c1", "pmod(datediff(last_day(dt), dt), 3) AS c2", "dateadd(dt, 0)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
