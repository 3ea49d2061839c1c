from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(dt IS NOT NULL)").select("id", "n", expr("(0.5 = n)").alias("c1"), expr("(locate('l', t, 5) <= (CASE WHEN b THEN m WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN m WHEN b THEN m ELSE m END % -4.5)) AS c2"), expr("bround(n, 2) AS c3"), expr("nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456')").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, n FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
