from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.format_number(((col("i") - col("i")) - F.when(col("b"), lit(0).cast("bigint")).otherwise(col("id"))), 2).alias("c1"), expr("least(CAST(b AS STRING), s) AS c2"), F.from_unixtime(F.when(col("b"), lit(-2).cast("bigint")).when((col("k") <= lit(3).cast("bigint")), col("id")).otherwise(col("id")), "HH:mm").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
