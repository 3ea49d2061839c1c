from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.trunc(col("dt"), "mon"), expr("(i + i) AS c2"), F.nullif(F.quarter((F.add_months(col("dt"), lit(-1)) - expr("INTERVAL 1 DAY"))), lit(0)).alias("c3"), F.timestamp_seconds(col("i")).alias("c4")).where((~F.coalesce((F.to_date(lit("2025-03-01")) == col("c4")), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c4 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
