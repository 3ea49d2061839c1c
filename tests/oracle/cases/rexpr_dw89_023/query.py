from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("d") <= lit(2.0))).withColumn("c1", expr("CASE i WHEN 0 THEN ts END")).withColumn("c2", expr("(add_months(trunc(dt, 'Q'), i) - INTERVAL 1 DAY)")).withColumn("ts", expr("nullif(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999'), TIMESTAMP'2024-03-01 12:30:00.123456')"))
OUTPUT_MODE = "append"
