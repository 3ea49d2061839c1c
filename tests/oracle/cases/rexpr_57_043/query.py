from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, b BOOLEAN, n DECIMAL(4,1), m DECIMAL(38,10), s STRING, j INT, f FLOAT, ts TIMESTAMP, d DOUBLE, dt DATE").load(INPUT)
result = df.filter("(NOT coalesce(nvl2(id, b, true), false))").select("id", F.nullif(col("id"), lit(86400).cast("bigint")).alias("c1"), expr("(CASE WHEN (n IS NOT NULL) THEN greatest(ts, ts) WHEN (0.001D > id) THEN ts ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END - INTERVAL 36 HOURS)").alias("c2"), expr("(CASE WHEN b THEN dt WHEN b THEN to_date('2025-03-01') WHEN b THEN dt ELSE dt END - INTERVAL 2 YEARS)")).where("coalesce(CASE WHEN b THEN CASE WHEN (d = -1.5D) THEN b WHEN b THEN (j < 1) ELSE (NOT b) END WHEN (b IS NOT TRUE) THEN b ELSE (b OR (d IS NOT NULL)) END, true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
