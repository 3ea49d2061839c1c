from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, n DECIMAL(4,1), i INT, j INT, dt DATE, t STRING, s STRING, m DECIMAL(12,4), d DOUBLE").load(INPUT)
result = df.select("id", F.make_date(F.year(F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy")), lit(12), lit(1)).alias("c1"), expr("hour(CASE WHEN array_contains(split(s, ','), 'o') THEN ts WHEN (b AND false) THEN ts WHEN contains(s, 'o') THEN ts ELSE CASE WHEN b THEN ts WHEN b THEN ts ELSE ts END END) AS c2"), expr("date_trunc('MINUTE', least(CASE WHEN (b IS NOT TRUE) THEN ts END, (ts + INTERVAL '90' MINUTE)))").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
