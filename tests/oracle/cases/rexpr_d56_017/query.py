from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST((m * 2.0D) AS STRING)").alias("c1"), expr("bround(CASE WHEN (id < 7) THEN n WHEN (j IS NOT NULL) THEN (m * m) WHEN ((s <= '') OR (s <= 'Hello')) THEN m ELSE m END, -1) AS c2"), expr("bround(m, 3)").alias("c3")).where("(k IS NOT NULL)")
OUTPUT_MODE = "append"
