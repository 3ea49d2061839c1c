from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, s STRING, m DECIMAL(38,10), b BOOLEAN, ts TIMESTAMP, t STRING, k BIGINT, dt DATE, d DOUBLE").json(INPUT)
result = df.select("id", expr("(0.001D + d) AS c1"), expr("CASE WHEN b THEN ts ELSE date_trunc('DAY', ts) END"), expr("CASE WHEN (s > 'a') THEN ts ELSE ts END AS c3"), expr("ceiling(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END)").alias("c4"))
OUTPUT_MODE = "append"
