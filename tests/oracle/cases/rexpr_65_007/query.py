from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, ts TIMESTAMP, dt DATE, i INT, j INT, s STRING, m DECIMAL(12,4), d DOUBLE, k BIGINT").json(INPUT)
result = df.select("id", "f", expr("(m < 0.5) AS c1"), F.isnull(F.date_trunc("WEEK", col("ts"))).alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
