from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when((col("dt") != F.to_date(lit("2025-03-01"))), col("dt")).when((lit(0.5).eqNullSafe(col("d")) <= F.when((col("i") <= lit(2)), (col("dt") >= F.to_date(lit("2024-02-29")))).when(col("b"), col("b")).when(col("b"), (col("t") < lit(" "))).otherwise((col("d") >= lit(100.0)))), col("dt")).when((~col("b")), col("dt")).otherwise(F.make_date(lit(2023), lit(12), F.least(F.dayofmonth(col("dt")), lit(28))))).withColumn("c2", expr("(coalesce(m, 99.99) - (- sqrt(d)))")).withColumn("c3", expr("date_add(try_to_date(s), (i % nullif(i, 0)))")).withColumn("c4", col("t").try_cast("int")).withColumn("c5", F.date_format(col("t").try_cast("timestamp"), "Q")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY id"]
