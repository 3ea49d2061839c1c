from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nullif(F.least(F.when(lit(True), col("ts")).when((col("id") != lit(1000).cast("bigint")), col("ts")).otherwise(col("ts")), F.when((col("d") == lit(-1.5)), col("ts")).otherwise(col("ts"))), F.to_timestamp(lit("2024-02-29 00:00:00"))).isNotNull()).withColumn("c2", F.greatest(col("t"), col("t"), col("s"))).withColumn("dt", expr("last_day(last_day(to_date('2023-12-31')))")).withColumn("c4", F.greatest(col("id"), col("id")).try_cast("int")).select("id", "c1", "c2", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
