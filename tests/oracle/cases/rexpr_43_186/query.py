from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((CASE WHEN (n <> 0.5) THEN id WHEN false THEN 0L ELSE id END > least(n, ceiling(m, -1))) OR (s IS NOT NULL))").withColumn("c1", expr("unix_timestamp((CASE WHEN false THEN ts WHEN (n < 0.5) THEN coalesce(ts, TIMESTAMP'2024-03-01 12:30:00.123456') WHEN (t >= 'a') THEN ts END + INTERVAL '1-2' YEAR TO MONTH))")).withColumn("ts", expr("(ts - INTERVAL -3 DAYS)")).withColumn("c3", (F.nvl2(F.nvl2(col("t"), col("s"), lit("abc")), col("i"), lit(3)) + F.round(col("d"), -1))).select("id", "c1", "c3")
OUTPUT_MODE = "append"
