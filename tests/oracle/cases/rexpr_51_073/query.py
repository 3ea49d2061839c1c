from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(CAST((i - i) AS BOOLEAN), false))").withColumn("c1", expr("greatest((id + id), id, id)")).withColumn("c2", expr("CASE WHEN b THEN dt WHEN (f >= 0.1D) THEN dt WHEN b THEN dt ELSE dt END")).withColumn("c3", F.nullif((col("i") + F.bround(col("f"), 3)), lit(0.5))).withColumn("c4", F.abs(col("n"))).drop("i", "k", "d", "f", "n", "t", "b").filter((col("n") <= lit(99.99).cast("decimal(4,2)")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT dt FROM rexpr_q ORDER BY ts DESC NULLS FIRST, id"]
