from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), j INT, ts TIMESTAMP, m DECIMAL(10,2), s STRING, t STRING, dt DATE, d DOUBLE, i INT, b BOOLEAN").json(INPUT)
result = df.select("id", expr("try_to_timestamp(s)").alias("c1"), expr("trunc(add_months(dt, i), 'YEAR')").alias("c2"), expr("least(id, id, id)").alias("c3")).filter("(((i + m) < d) OR (s IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
