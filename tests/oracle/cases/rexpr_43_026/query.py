from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN b THEN CAST(nvl(dt, DATE'2023-12-31') AS TIMESTAMP) ELSE (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND) END")).withColumn("c2", F.ceil(F.when(F.abs(F.round((F.when((~col("b")), col("d")).when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("d")).when(col("b"), col("d")).otherwise(col("d")) + col("m")), 3)) < lit(1e9), F.round((F.when((~col("b")), col("d")).when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("d")).when(col("b"), col("d")).otherwise(col("d")) + col("m")), 3)))).withColumn("c3", expr("(i + i)")).withColumn("c4", expr("(ceil(round(m, -1), 1) * nullif(n, 100BD))")).withColumn("c5", F.date_trunc("MONTH", F.date_trunc("yyyy", col("ts")))).drop("i", "k", "s", "b", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c5, c1 FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
