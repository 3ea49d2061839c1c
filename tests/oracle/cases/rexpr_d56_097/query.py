from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, dt DATE, m DECIMAL(38,10), ts TIMESTAMP, i INT, k BIGINT, b BOOLEAN, s STRING, d DOUBLE").load(INPUT)
result = df.select("id", expr("CASE WHEN (CAST(ts AS DATE) = dt) THEN 0.001D WHEN b THEN (CAST(5 AS BIGINT) / 10) WHEN (j <> 1) THEN log(10, months_between(ts, dt)) ELSE (id * d) END AS c1"), expr("(greatest(m, CASE WHEN (j >= 3) THEN m WHEN (d IS NOT NULL) THEN m WHEN (s IS NOT NULL) THEN 1.25 ELSE m END) + (m / nullif(m, 0)))").alias("c2")).filter("(b OR (j < 3))")
OUTPUT_MODE = "append"
