from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.format_string("%s-%d", col("s"), col("i")).alias("c1"), expr("CASE WHEN b THEN CAST(NULL AS INT) WHEN (i <> 1) THEN j WHEN (s IS NOT NULL) THEN i ELSE j END").alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id DESC"]
