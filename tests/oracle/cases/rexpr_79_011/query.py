from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((dayofmonth(dt) = d) OR (m <> 0.001))").withColumn("c1", expr("date_trunc('HOUR', TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c2", expr("CASE WHEN (ts <> timestamp_seconds(i)) THEN try_to_timestamp(t) WHEN b THEN timestamp_seconds(10) WHEN CASE WHEN (m > 1.25) THEN b WHEN b THEN (m = 1.25) WHEN b THEN (dt = to_date('2023-12-31')) ELSE (id <= 1L) END THEN ts ELSE ts END")).withColumn("c3", expr("concat(t, s)")).withColumn("c4", expr("TRY_CAST(s AS DOUBLE)")).withColumn("c5", expr("nullif(s, 'abc')")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
