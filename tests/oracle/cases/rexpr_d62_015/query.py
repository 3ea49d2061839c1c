from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c1", expr("isnan((id / nullif(j, 0)))")).withColumn("c2", (col("id") % col("i"))).withColumn("c3", expr("round(m, 1)")).withColumn("c4", expr("((k > 0L) OR ((d * d) IS NULL))")).withColumn("c5", F.when(F.regexp_like(col("t"), lit("o$")), col("j"))).select("id", "c1", "c2", "c3", "c4", "c5").where((col("c3") != expr("99.99")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY id"]
