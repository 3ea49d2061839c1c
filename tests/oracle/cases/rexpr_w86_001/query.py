from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(F.year(F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).isin(lit(-1), lit(1), lit(10)), lit(False)))).withColumn("c1", expr("((d / 2.0D) IN (100.0D))")).withColumn("c2", expr("log10(abs(ln(i)) + 1)")).withColumn("c3", expr("((- (- i)) IN (2, 2))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, d FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id DESC"]
