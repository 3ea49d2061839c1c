spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (-3.10 IN (100BD, 100BD, 0.5)) THEN TIMESTAMP'2024-03-01 12:30:00.123456' WHEN coalesce((id IS NOT NULL), (s = 'é'), true) THEN ts ELSE timestamp_micros(CAST(i AS BIGINT) * 1000000000L) END")).withColumn("c2", expr("map_zip_with(map('a', CAST((id <> 3L) AS INT), 'b', 2), map('a', 10, 'c', date_diff(date_add(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1], i), dt)), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))"))
OUTPUT_MODE = "append"
