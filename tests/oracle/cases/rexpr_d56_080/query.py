from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((0 BETWEEN 5 AND 2) OR (b IS NOT NULL))").select("id", expr("CASE WHEN (i <= 1) THEN d WHEN ('2024-02-29' ILIKE '%o%') THEN 2.0D WHEN b THEN d ELSE atan2(2.0D, i) END AS c1"), F.dayofmonth(F.add_months(col("dt"), col("i"))).alias("c2"), expr("xxhash64(CASE WHEN (dt >= DATE'2025-03-01') THEN date_trunc('SECOND', ts) END) AS c3"), F.date_format(F.nullif(F.when(col("b"), col("dt")).when((col("s") == lit("42")), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), F.to_date(lit("2024-02-29"))), "EEE").alias("c4")).where((col("b") | col("ts").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
