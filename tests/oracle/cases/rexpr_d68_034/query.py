from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CAST(CAST(greatest(i, 0, i) AS TIMESTAMP) AS DATE)").alias("c1"), expr("least(dt, CAST(greatest(ts, CASE (t > '2024-02-29') WHEN false THEN ts WHEN false THEN TIMESTAMP'2024-02-29 00:00:00' END) AS DATE))").alias("c2")).filter("coalesce(contains(t, ''), true)")
OUTPUT_MODE = "append"
