from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, b BOOLEAN, j INT, s STRING, ts TIMESTAMP, i INT, dt DATE, m DECIMAL(12,4)").load(INPUT)
result = df.select("id", expr("(d * id)").alias("c1"), expr("(CASE WHEN (s <= '日本') THEN i WHEN (s <= '42') THEN i END + id)").alias("c2"), F.date_add(col("dt"), col("d")).alias("c3"), expr("(m + (m + i))").alias("c4")).filter(col("dt").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2, c4 FROM rexpr_q ORDER BY c4 DESC NULLS FIRST, id"]
