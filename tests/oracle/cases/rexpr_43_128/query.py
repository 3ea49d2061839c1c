from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(CAST((CASE WHEN (s = '') THEN i ELSE 5 END - i) AS TIMESTAMP) - INTERVAL 36 HOURS)").alias("c1"), expr("(char_length('Hello') - CASE WHEN b THEN id WHEN (i <> 3) THEN id ELSE 1000L END)"), F.try_element_at(F.split(col("t"), "  *"), lit(-1)).alias("c3"), (~F.translate(F.concat(col("s"), col("s"), col("t")), "abc", "").startswith("H")).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3 FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
