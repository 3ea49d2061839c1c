spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", F.coalesce(F.date_from_unix_date(col("i")), F.to_date(lit("2024-02-29"))).alias("c1"), (col("i") + col("i")).alias("c2"), F.date_trunc("WEEK", col("ts")).alias("c3"), F.sha2(col("t"), 512).alias("c4"), F.xxhash64(F.to_timestamp(lit("2024-02-29 00:00:00")), F.isnull(col("d"))).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT ts, c3, c2 FROM rexpr_q ORDER BY id"]
