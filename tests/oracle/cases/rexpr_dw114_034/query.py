from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("((CAST(i AS DECIMAL(20,0)) * locate('o', t, 1)) + locate(' ', substr(array_join(transform(split(t, ' '), x -> initcap(x)), '-'), 1, 1)))")).withColumn("c2", F.make_date(lit(2023), F.pmod(col("i"), lit(12)) + lit(1), lit(28))).withColumn("c3", expr("expm1(i)")).withColumn("dt", expr("greatest(dt, to_date('2025-03-01'))")).drop("i", "m", "s", "t", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c1 FROM rexpr_q ORDER BY id"]
