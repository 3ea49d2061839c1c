from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.coalesce(lit(True), (col("j") >= lit(1)), lit(False)) | (col("s") >= lit("é")))).select("id", "j", expr("nvl2(month(dt), DATE'2025-03-01', to_date('2024-02-29'))").alias("c1"), F.ifnull(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c2"), F.add_months(F.to_date(lit("2000-01-01")), col("i")).alias("c3"), expr("coalesce(sqrt(d), 0.001D)"), F.greatest(F.to_date(lit("2024-02-29")), col("dt")).alias("c5")).filter((col("d").isin(lit(2.0)) | (col("m") == lit(99.99).cast("decimal(4,2)"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY j DESC NULLS LAST, id"]
