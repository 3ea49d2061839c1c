from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)").alias("c1"), expr("months_between(CASE WHEN (d > 100.0D) THEN to_date('2000-01-01') WHEN b THEN dt ELSE TRY_CAST('x-y' AS DATE) END, dt) AS c2"), F.when(F.rpad(col("t"), 3, " ").contains("é"), F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).when((col("i") > lit(3)), F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).when(col("b"), col("ts")).otherwise(col("ts")).alias("c3"), expr("unix_timestamp(dt) AS c4"), expr("(isnan(0.1D) AND (d IS NOT NULL)) AS c5"), col("s").cast("int").alias("c6")).where("(m = 1.25)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id DESC"]
