from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.least(col("m"), col("m"), col("m")).alias("c1"), F.date_trunc("HOUR", col("ts")), expr("round(m) AS c3"), F.sha2(F.substring(F.regexp_extract(col("s"), "^(\\S*)", 1), 2, 0), 0).alias("c4"), expr("(DATE'2025-03-01' + INTERVAL -10 DAYS)").alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id"]
