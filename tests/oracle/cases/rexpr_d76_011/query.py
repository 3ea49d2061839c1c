from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), b BOOLEAN, t STRING, k BIGINT, d DOUBLE, m DECIMAL(18,6), dt DATE, s STRING, i INT, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("quarter(dt)").alias("c1"), F.trunc(F.to_date(lit("2000-01-01")), "Q"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
