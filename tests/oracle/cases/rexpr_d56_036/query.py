from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.months_between(F.trunc(F.next_day(col("dt"), "fri"), "Q"), col("ts"))).withColumn("c2", expr("(m + -1.5D)")).withColumn("c3", expr("CAST(m AS DOUBLE)"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT s, d FROM rexpr_q ORDER BY id"]
