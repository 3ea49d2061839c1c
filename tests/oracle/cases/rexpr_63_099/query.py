from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("t") > lit("2024-02-29"))).select("id", F.log1p(F.months_between(col("dt"), F.nvl2(col("j"), col("dt"), F.to_date(lit("2025-03-01"))))).alias("c1"), expr("last_day(nullif((dt + INTERVAL -10 DAYS), to_date('2024-02-29'))) AS c2"), expr("(i + j)").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
