from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("id") != lit(86400).cast("bigint"))).select("id", (col("i") + lit(2)).alias("c1"), expr("abs(n)").alias("c2"), (col("k") <= F.month(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("c3")).where(((col("i") == col("n")) | (col("dt") > F.to_date(lit("2023-12-31")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
