from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(10 - id) AS c1"), expr("isnull(string(CAST(CAST(i AS TIMESTAMP) AS DATE)))").alias("c2")).filter(col("i").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id DESC"]
