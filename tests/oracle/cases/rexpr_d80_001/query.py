from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(18,6), t STRING, d DOUBLE, dt DATE, ts TIMESTAMP, j INT, f FLOAT, s STRING, k BIGINT").json(INPUT)
result = df.select("id", expr("CASE WHEN (t = '42') THEN make_date(2023, 2, 1) WHEN (id IS NOT NULL) THEN dt END").alias("c1"), F.find_in_set(lit("a"), col("t")).alias("c2"), expr("string(m)"), expr("CASE WHEN (j = -1) THEN s WHEN (s >= 'a') THEN s WHEN (j IS NOT NULL) THEN 'Hello' ELSE s END").alias("c4")).filter("(j IS NOT NULL)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c2, c1 FROM rexpr_q ORDER BY id"]
