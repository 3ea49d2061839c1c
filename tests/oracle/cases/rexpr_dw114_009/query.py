from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", ((-col("m")) + (col("m") * col("m"))).alias("c1"), expr("CASE WHEN (d >= 100.0D) THEN k ELSE id END").alias("c2")).filter((col("d") > lit(0.1)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
