from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE 'abc' WHEN 'a' THEN (CASE WHEN b THEN ts WHEN b THEN ts WHEN b THEN ts ELSE ts END - INTERVAL 1 DAY) WHEN ' ' THEN TIMESTAMP'2024-03-01 12:30:00.123456' ELSE ts END")).withColumn("c2", expr("isnull(last_day(coalesce(next_day(dt, 'Mon'), CASE WHEN b THEN dt WHEN b THEN dt ELSE to_date('2023-12-31') END, to_date('2000-01-01'))))"))
OUTPUT_MODE = "append"
