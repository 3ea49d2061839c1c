from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((~col("b")) | col("b"))).select("id", F.isnan(col("d")).alias("c1"), expr("(greatest(0L, id, id) DIV nullif(datediff(ts, dt), 0))").alias("c2")).filter("(b OR (s > '42'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id DESC"]
