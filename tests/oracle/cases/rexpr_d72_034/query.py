from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("sqrt(d)")).withColumn("c2", F.xxhash64(col("d")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT m, k, ts FROM rexpr_q ORDER BY m ASC NULLS FIRST, id"]
