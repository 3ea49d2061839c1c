from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", expr("pmod(i, -4) AS c1"), F.when(col("b"), col("d")).otherwise((col("d") + col("d"))).alias("c2"), expr("((CASE WHEN b THEN id ELSE id END - (id + -1)) + i)").alias("c3"), F.datediff(col("ts"), lit(5)).alias("c4"), (col("i") / lit(2)).alias("c5")).where((col("id") > lit(-2).cast("bigint")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3, c5 FROM rexpr_q ORDER BY id"]
