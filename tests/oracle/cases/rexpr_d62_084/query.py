from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, m DECIMAL(10,2), t STRING, k BIGINT, s STRING, n DECIMAL(9,5), i INT, ts TIMESTAMP, b BOOLEAN, d DOUBLE").load(INPUT)
result = df.select("id", F.ifnull(col("n"), expr("0.5")), expr("dateadd(coalesce(dateadd(dt, i), dt, to_date('2023-12-31')), i)").alias("c2"), expr("CASE WHEN (k = 3L) THEN '2024-02-29' WHEN b THEN s WHEN b THEN s END"), expr("(CASE t WHEN 'o' THEN m WHEN '2024-02-29' THEN n ELSE m END * CASE WHEN b THEN m WHEN (t <= '42') THEN m WHEN (n <> 1.25) THEN n ELSE n END)").alias("c4"), col("i").cast("timestamp").alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2 FROM rexpr_q ORDER BY id DESC"]
