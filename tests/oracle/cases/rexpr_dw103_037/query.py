from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, s STRING, i INT, dt DATE, d DOUBLE, m DECIMAL(38,10), k BIGINT").json(INPUT)
result = df.filter("(s >= '42')").select("id", F.format_string("[%5s|%-4d]", col("s"), lit(-4)).alias("c1"), expr("CASE WHEN startswith(s, 'o') THEN ts WHEN (d IS NOT NULL) THEN (ts + INTERVAL 1 MONTH) ELSE ts END AS c2"), expr("(TIMESTAMP'2024-02-29 00:00:00' IS NULL)").alias("c3"), expr("dateadd(dt, i)").alias("c4")).where(col("dt").isNotNull())
OUTPUT_MODE = "append"
