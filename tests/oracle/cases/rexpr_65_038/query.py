from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("greatest(ts, ts, ts) AS c1"), (F.least(col("i"), lit(1)) / lit(7.0)).alias("c2"), expr("pmod(n, nullif((-3.10 / 10.5), 0))").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id DESC"]
