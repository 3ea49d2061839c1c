from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, s STRING, d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, k BIGINT, n DECIMAL(4,1), m DECIMAL(38,10), j INT").load(INPUT)
result = df.select("id", expr("(i + i) AS c1"), expr("coalesce(isnull(CASE WHEN b THEN id WHEN (s > 'o') THEN id WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN (id - id) ELSE CASE WHEN b THEN k ELSE id END END), true)").alias("c2"), F.coalesce((F.timestamp_seconds(col("i")) + expr("INTERVAL '90' MINUTE")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).alias("c3"), col("s").contains(" "))
OUTPUT_MODE = "append"
