from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.least(col("m"), col("m"))).withColumn("c2", (col("d") - F.when(col("b"), col("id")).when(col("b"), col("id")).when(col("b"), col("id"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY ts DESC NULLS FIRST, id DESC"]
