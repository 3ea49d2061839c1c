from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("date_trunc('SECOND', (CASE WHEN (b AND b) THEN ts WHEN (m IS NOT NULL) THEN (TIMESTAMP'2024-02-29 00:00:00' + INTERVAL 1 MONTH) ELSE ts END + INTERVAL '1-2' YEAR TO MONTH))").alias("c1"), (col("id") % col("i")).alias("c2"), F.add_months(F.when(col("b"), F.last_day(F.next_day(F.to_date(lit("2025-03-01")), "wednesday"))).when(col("i").cast("boolean"), lit(None).cast("date")).otherwise(F.trunc(F.to_date(lit("2000-01-01")), "yy")), F.when((col("dt") == F.to_date(lit("2000-01-01"))), col("i")).otherwise(col("i"))).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
