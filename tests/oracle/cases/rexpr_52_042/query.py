from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "s", (col("b") | (col("id") != lit(86400).cast("bigint"))).alias("c1"), expr("TRY_CAST(s AS INT)").alias("c2"), expr("(n / nullif(m, 0)) AS c3"), expr("least(last_day(next_day(DATE'2025-03-01', 'fri')), CASE WHEN b THEN DATE'2025-03-01' ELSE to_date('2025-03-01') END) AS c4"), (col("dt").cast("timestamp") + expr("INTERVAL -3 DAYS")).alias("c5")).filter((~col("b")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id DESC"]
