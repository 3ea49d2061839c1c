from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(38,10), s STRING, dt DATE, b BOOLEAN, ts TIMESTAMP, t STRING, i INT, d DOUBLE, n DECIMAL(5,3)").load(INPUT)
result = df.select("id", "m", expr("(CASE WHEN (id >= 3L) THEN ts WHEN b THEN TIMESTAMP'2024-02-29 00:00:00' ELSE TIMESTAMP'1999-12-31 23:59:59.999' END + INTERVAL -3 DAYS) AS c1"), expr("(id / 2.0D)").alias("c2"), F.least(col("n"), (col("m") + col("m"))), expr("try_to_timestamp(s) AS c4"), expr("coalesce(dt, date_add(dt, i), DATE'2025-03-01') AS c5"))
OUTPUT_MODE = "append"
