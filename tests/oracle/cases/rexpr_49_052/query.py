from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, m DECIMAL(7,0), i INT, j INT, k BIGINT, d DOUBLE, dt DATE, ts TIMESTAMP, t STRING, n DECIMAL(5,3), b BOOLEAN").json(INPUT)
result = df.withColumn("c1", expr("(t IS NOT NULL)")).withColumn("c2", expr("((-3.10 + m) * CASE c1 WHEN false THEN d WHEN true THEN 0.1D ELSE d END)")).withColumn("c3", F.ceil(col("m"), -1)).withColumn("c4", expr("(coalesce(id, id, 1000L) % nullif(j, 0))")).drop("k", "dt", "ts", "n", "b").where("(isnan(0.5D) OR (dt IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id DESC"]
