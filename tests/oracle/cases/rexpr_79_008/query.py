from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(char_length(initcap(regexp_extract(t, '([a-z]+)', 1))) * 10)").alias("c1"), F.least(F.date_trunc("HOUR", col("ts")), F.coalesce(col("dt").cast("timestamp"), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.when(F.nvl2(col("m"), col("b"), lit(False)), col("ts"))).alias("c2"), expr("CASE WHEN (b IS NOT NULL) THEN datediff(ts, to_date('2023-12-31')) WHEN b THEN CASE WHEN b THEN i WHEN b THEN i ELSE i END WHEN b THEN i END"), expr("(- (m + m))").alias("c4")).where((F.when((col("d") < lit(3.75)), col("m")).otherwise(col("m")).isin(expr("1.25")) | col("b").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
