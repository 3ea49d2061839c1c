from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(dt IS NOT NULL)").select("id", expr("(ts - INTERVAL 1 MONTH)").alias("c1"), expr("pmod((i - (i - i)), 7) AS c2")).filter((~F.coalesce(F.coalesce((col("s") == lit("é")), lit(True)), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY id"]
