from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, d DOUBLE, s STRING, k BIGINT, dt DATE, ts TIMESTAMP, i INT, b BOOLEAN, n DECIMAL(5,3), m DECIMAL(10,2)").load(INPUT)
result = df.where((lit("日本").try_cast("boolean") | col("s").isNull())).withColumn("c1", expr("left(md5(substring(s, 5, 0)), 0)")).withColumn("c2", expr("CASE WHEN true THEN b WHEN (k = -2L) THEN (s > '2024-02-29') WHEN (i IS NOT NULL) THEN b ELSE (t IS NOT NULL) END")).withColumn("c3", F.nvl((col("dt") >= F.to_date(lit("2023-12-31"))), lit(False))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
