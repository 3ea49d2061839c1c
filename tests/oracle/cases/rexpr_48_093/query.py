from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, dt DATE, ts TIMESTAMP, s STRING, i INT, b BOOLEAN, m DECIMAL(7,0), d DOUBLE").json(INPUT)
result = df.select("id", expr("CASE WHEN CASE WHEN (5 IS NULL) THEN (b IS NOT NULL) WHEN (d > 3.75D) THEN b WHEN (i IS NOT NULL) THEN (i <> m) END THEN dt WHEN (b OR (i BETWEEN 2 AND 5)) THEN dt WHEN (coalesce((b IS NOT NULL), true) OR b) THEN DATE'2000-01-01' ELSE dt END AS c1"), F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))).alias("c2"), (F.floor(lit(12.345).cast("decimal(5,3)")) / expr("2.5")).alias("c3"), expr("nullif((TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL -3 DAYS), TIMESTAMP'2024-03-01 12:30:00.123456')").alias("c4"), (col("ts") - expr("INTERVAL '90' MINUTE")).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id"]
