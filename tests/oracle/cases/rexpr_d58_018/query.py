from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("TRY_CAST(coalesce(1.25, m, 99.99) AS INT) AS c1"), expr("log10((weekofyear(DATE'2024-02-29') * n)) AS c2"), expr("(m * 2)").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
