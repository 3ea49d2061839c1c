from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999")))).select("id", expr("abs(nullif((n / 2.5), 100BD))").alias("c1"), expr("CASE WHEN true THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (substring(t, 2, 1) LIKE '_') THEN (CASE WHEN (d <> 3.75D) THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (m IS NOT NULL) THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END + INTERVAL 1 MONTH) WHEN (id < 0L) THEN date_trunc('MINUTE', ts) END AS c2"), expr("(id + id)").alias("c3")).where("coalesce(((c2 < TIMESTAMP'2024-03-01 12:30:00.123456') OR (c3 IS NOT NULL)), true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
