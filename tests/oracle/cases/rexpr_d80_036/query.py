from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "d", F.to_date(F.timestamp_millis(F.when(col("b"), col("i")).when((col("i") < lit(1)), col("i")))).alias("c1"), expr("lower(s) AS c2"), expr("CASE WHEN b THEN k WHEN (id > 86400L) THEN -2L ELSE k END AS c3"), F.floor(F.when(F.abs(F.round((col("i") / lit(2.0)), 3)) < lit(1e9), F.round((col("i") / lit(2.0)), 3))).alias("c4")).filter("((sha2(s, 256) LIKE 'H%') OR (NOT b))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS LAST, id DESC"]
