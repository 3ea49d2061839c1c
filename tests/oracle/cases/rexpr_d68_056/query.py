from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((((col("i") < lit(-1)) & F.coalesce(col("b"), lit(False))) | (col("t") > lit("o")))).select("id", "n", F.timestamp_millis(F.nullif((lit(1) * (col("i") + col("i"))), lit(3))).alias("c1"), expr("coalesce(DATE'2023-12-31', dt, to_date('2024-02-29'))").alias("c2"), expr("(d - try_multiply(n, 3)) AS c3"), expr("(t <= s) AS c4"), expr("(TIMESTAMP'2024-02-29 00:00:00' > nullif(nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456'), TIMESTAMP'2024-03-01 12:30:00.123456'))").alias("c5"))
OUTPUT_MODE = "append"
