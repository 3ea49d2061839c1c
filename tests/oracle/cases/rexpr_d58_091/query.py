from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(((nvl(i, 1) * sqrt(i)) = id) OR (k IS NOT NULL))").select("id", F.array_contains(F.split(col("s"), ","), "a").alias("c1"), expr("date_trunc('WEEK', ts)").alias("c2"), expr("repeat('日本', -1)").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
