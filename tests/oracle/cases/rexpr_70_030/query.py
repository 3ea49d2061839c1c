from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, b BOOLEAN, dt DATE, ts TIMESTAMP, m DECIMAL(10,2), s STRING, i INT, k BIGINT, n DECIMAL(5,3)").json(INPUT)
result = df.select("id", expr("date_trunc('QUARTER', least((ts + INTERVAL 1 DAY), ts)) AS c1"), expr("add_months(CASE WHEN (b AND b) THEN nullif(CASE WHEN (d = 2.0D) THEN to_date('2025-03-01') ELSE dt END, to_date('2025-03-01')) WHEN b THEN dt WHEN startswith(s, 'H') THEN dt ELSE dt END, (i - i)) AS c2"), (F.nvl2(col("s"), F.coalesce(F.to_date(lit("2000-01-01")), F.to_date(lit("2023-12-31"))), F.to_date(lit("2025-03-01"))) - expr("INTERVAL -10 DAYS")).alias("c3"), expr("(- j) AS c4"), expr("(CASE WHEN b THEN ts WHEN (m >= 12.345) THEN ts ELSE date_trunc('SECOND', CASE WHEN b THEN ts WHEN (n <> 100BD) THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' END) END IS NULL)").alias("c5")).filter("(CAST(ascii(s) AS BOOLEAN) OR (ts IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
