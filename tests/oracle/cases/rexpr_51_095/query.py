from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("dt").isNull() | (~col("b")))).select("id", expr("try_divide(d, CAST(ts AS DOUBLE)) AS c1"), (F.to_date(lit("2024-02-29")).cast("timestamp") - expr("INTERVAL -3 DAYS")).alias("c2"), expr("sqrt(abs((99.99 / nullif(n, 0))))").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
