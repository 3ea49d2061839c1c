from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, dt DATE, b BOOLEAN, t STRING, d DOUBLE, j INT, s STRING, m DECIMAL(10,2), i INT, n DECIMAL(5,3)").json(INPUT)
result = df.where("((n IS NOT NULL) OR (ts IS NULL))").withColumn("i", F.length(col("t"))).withColumn("c2", expr("nvl2(nullif(ts, TIMESTAMP'2024-02-29 00:00:00'), CASE WHEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') THEN ts WHEN (id = 1000L) THEN (ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND) WHEN (m > 0.001) THEN ts ELSE CASE WHEN (dt >= DATE'2025-03-01') THEN ts ELSE ts END END, TIMESTAMP'2024-03-01 12:30:00.123456')")).withColumn("c3", expr("dayofmonth(dt)")).withColumn("c4", expr("s")).withColumn("b", expr("(n IS NOT NULL)")).drop("ts", "dt", "j", "s", "m", "n")
OUTPUT_MODE = "append"
