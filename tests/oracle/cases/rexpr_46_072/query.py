from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.date_trunc("MINUTE", F.when(col("f").isin(lit(-1.5), lit(2.0), lit(0.5)), col("ts")).when((col("j") > lit(10)), F.date_trunc("yyyy", col("ts"))).when((col("s") < lit("")), col("ts")).otherwise(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("c1"), F.make_date(F.year(col("dt")), lit(2), lit(30)).alias("c2"), F.when(col("b"), col("d")).otherwise(F.when((col("dt") <= F.to_date(lit("2023-12-31"))), col("d")).when(col("b"), col("f")).when(col("b"), col("d")).otherwise(col("d"))), expr("trunc(dateadd(dt, i), 'MM')").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c4 ASC NULLS LAST, id"]
