from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((soundex(base64(s)) IN ('x-y', '2024-02-29', 'x-y')) OR (d >= 3.75D))").withColumn("c1", (col("k") == col("d"))).withColumn("c2", F.lpad(lit("日本"), 3, "ab")).withColumn("c3", F.greatest(col("dt"), F.when((col("k") == lit(86400).cast("bigint")), col("dt")).otherwise(col("dt")))).select("id", "c1", "c2", "c3").where("(NOT coalesce(regexp_like(t, '^[A-Z]'), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3, c2 FROM rexpr_q ORDER BY id DESC"]
