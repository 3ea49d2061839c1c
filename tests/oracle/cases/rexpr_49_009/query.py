from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, i INT, b BOOLEAN, j INT, s STRING, d DOUBLE, t STRING, ts TIMESTAMP, dt DATE, m DECIMAL(18,6), n DECIMAL(4,1)").json(INPUT)
result = df.select("id", F.round(col("d"), 2).alias("c1"), expr("ifnull(dt, to_date('2025-03-01'))").alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
