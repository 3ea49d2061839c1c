from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, k BIGINT, dt DATE, n DECIMAL(9,5), s STRING, m DECIMAL(7,0), i INT, j INT, ts TIMESTAMP, t STRING").json(INPUT)
result = df.withColumn("c1", F.date_add(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2024-02-29"))), col("i"))).withColumn("c2", col("ts")).withColumn("c3", expr("greatest(m, bround(m, 3))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT s, ts, n FROM rexpr_q ORDER BY j ASC NULLS LAST, id"]
