from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "i", F.from_unixtime(lit(10)).try_cast("double").alias("c1"), expr("(t <=> s)"), (F.to_date(lit("2025-03-01")) + expr("INTERVAL 1 MONTH")), F.when(col("m").isNotNull(), col("ts")).otherwise(F.when((col("dt") != F.to_date(lit("2025-03-01"))), col("ts")).when((col("id") > lit(1000).cast("bigint")), col("ts")).when(col("id").isNotNull(), col("ts")).otherwise(col("ts"))).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY i ASC NULLS FIRST, id"]
