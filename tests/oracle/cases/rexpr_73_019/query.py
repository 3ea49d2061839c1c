from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("round(d, i) AS c1"), F.round((col("id") / lit(2)), 0).between(lit(0.1), lit(2.0)).alias("c2"), expr("(n / nullif(i, 0)) AS c3"), F.regexp_replace(col("t"), "(a|b)", "<>").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c4 DESC NULLS LAST, id"]
