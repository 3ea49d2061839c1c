from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(nvl2(CAST(1 AS BOOLEAN), endswith(s, ' '), true), true)").withColumn("c1", expr("coalesce(m, n, 99.99)")).withColumn("c2", F.least(col("s"), F.date_format(F.to_date(lit("2024-02-29")), "EEE"), F.hex(col("id")))).select("id", "c1", "c2").filter("(((2.0D - 3) IS NULL) OR (id <> 0L))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id"]
