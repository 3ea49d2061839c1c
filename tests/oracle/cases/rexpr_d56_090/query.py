from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.make_date(lit(2023), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28)))).withColumn("c2", (col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c3", (col("i") / lit(3.0))).withColumn("c4", (col("id") / col("i"))).withColumn("c5", (col("id") + col("id"))).withColumn("b", (~col("t").isin(lit("a"), lit("x-y"), lit("Hello")))).drop("i", "d", "m", "s", "t", "dt", "ts").where("((((ts <= TIMESTAMP'2024-02-29 00:00:00') OR (dt >= to_date('2025-03-01'))) AND isnan(0.1D)) OR (ts <= TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
