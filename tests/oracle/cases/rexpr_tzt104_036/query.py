spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, d DOUBLE, k BIGINT, n DECIMAL(4,1), s STRING, dt DATE, j INT, t STRING, m DECIMAL(38,10), i INT, b BOOLEAN").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT ((TIMESTAMP'2024-02-29 00:00:00' - (ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND)) = INTERVAL '1' DAY) AS k1, CAST(TIMESTAMP_NTZ'2025-03-09 02:30:00' + INTERVAL -36 HOURS AS STRING) AS k2, datediff(max(next_day(dt, 'fri')), min(next_day(dt, 'fri'))) AS a1, (max(d) - min(d)) AS a2 FROM src GROUP BY k1, k2")
OUTPUT_MODE = "update"
