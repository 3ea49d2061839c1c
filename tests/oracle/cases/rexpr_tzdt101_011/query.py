spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("b") | col("id").isNull())).select("id", expr("try_multiply(j, 3)").alias("c1"), (~F.format_number(F.xxhash64(col("d"), lit(2)), 2).isin(lit("日本"), lit("Hello"), lit(""))).alias("c2")).filter("(endswith(t, 'H') OR (n IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
