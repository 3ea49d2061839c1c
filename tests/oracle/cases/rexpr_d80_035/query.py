from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(dt = DATE'2023-12-31')").select("id", F.sha2(F.sha2(col("s"), 0), 0).endswith("H").alias("c1"), F.coalesce(F.to_date(lit("2025-03-01")), lit(None).cast("date")).alias("c2"), expr("xxhash64(t, m) AS c3"), expr("try_subtract(m, CAST(NULL AS DECIMAL(10,2)))").alias("c4"), (F.coalesce(col("ts"), col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))) + expr("INTERVAL 36 HOURS")).alias("c5")).where("(c5 >= TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
