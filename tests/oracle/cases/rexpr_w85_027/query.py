from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.to_date(F.coalesce(F.date_trunc("yyyy", col("s").try_cast("timestamp")), F.to_timestamp(lit("2024-03-01 12:30:00.123456")), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("c1"), F.cbrt((lit(10) * col("i"))).alias("c2"), (lit(10) * F.locate("l", col("s"), 1)).alias("c3"), (col("id") + col("id")).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
