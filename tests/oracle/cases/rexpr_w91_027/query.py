from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.months_between(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2000-01-01"))), F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))), False)).withColumn("c2", (expr("-3.10") / F.nullif(col("m"), lit(0)))).withColumn("c3", F.greatest(col("i"), col("s"))).withColumn("c4", expr("concat(s, concat(s, s, s), s)")).where(F.coalesce(F.equal_null(col("i"), lit(0)), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT m, ts, t FROM rexpr_q ORDER BY id"]
