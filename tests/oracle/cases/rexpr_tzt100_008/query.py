spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, m DECIMAL(10,2), i INT, k BIGINT, dt DATE, j INT, s STRING, t STRING, ts TIMESTAMP, d DOUBLE").json(INPUT)
result = df.select("id", "i", (col("i") + (lit(3) * col("i"))).alias("c1"), F.greatest(expr("(ts + INTERVAL 24 HOURS)"), F.ifnull(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("c2"), expr("unix_timestamp(dt)").alias("c3"), expr("size(split(repeat(regexp_extract(concat('a', CAST(dt AS STRING)), '([a-z]+)', 1), -1), '  *'))").alias("c4")).where("(s <> 'o')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
