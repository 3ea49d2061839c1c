from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, ts TIMESTAMP, m DECIMAL(38,10), b BOOLEAN, f FLOAT, k BIGINT, s STRING, j INT, n DECIMAL(5,3), dt DATE").json(INPUT)
result = df.select("id", expr("trunc(trunc(if(b, dt, DATE'2025-03-01'), 'YEAR'), 'yy')").alias("c1"), expr("(-4 > j)"), expr("coalesce(b, true) AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
