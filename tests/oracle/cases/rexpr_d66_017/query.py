from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("greatest(k, k, 0L)").alias("c1"), expr("CAST(ifnull(isnan(0.001D), false) AS DOUBLE)").alias("c2"), F.when(col("b"), F.timestamp_millis(F.abs(col("i")))).when(col("i").isNotNull(), F.nvl2(col("n"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).otherwise((col("ts") + expr("INTERVAL 1 DAY"))).alias("c3"), F.add_months(F.last_day(F.to_date(lit("2000-01-01"))), F.length(lit("x-y"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
