from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, j INT, ts TIMESTAMP, s STRING, dt DATE, i INT, n DECIMAL(5,3), d DOUBLE, m DECIMAL(10,2)").load(INPUT)
result = df.select("id", expr("nvl2(0.1D, nvl2(ts, CASE contains(s, '') WHEN false THEN coalesce(1L, 1L) ELSE unix_timestamp(dt) END, 1L), 86400L) AS c1"), expr("(b OR (n = 0.001D)) AS c2")).where((col("c2") | (col("c1") > lit(86400).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id"]
