from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", F.concat(lit(" "), F.regexp_replace(col("s"), "^.", "")).alias("c1"), expr("CAST(coalesce(i, 5) AS TIMESTAMP)").alias("c2")).where("(s <= 'o')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY id DESC"]
