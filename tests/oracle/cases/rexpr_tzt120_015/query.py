spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CAST(least((i - id), id, CASE WHEN false THEN 86400L WHEN (m IS NOT NULL) THEN id WHEN (s < 'abc') THEN id ELSE id END) AS BOOLEAN)")).withColumn("c2", F.date_trunc("SECOND", expr("(ts + (TIMESTAMP'2024-02-29 00:00:00' - ts))"))).withColumn("c3", expr("CAST(dt AS TIMESTAMP)")).withColumn("c4", expr("CAST((ts - (to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') + INTERVAL -3 DAYS)) AS STRING)")).where("((id > 86400L) OR (dt <= to_date('2023-12-31')))")
OUTPUT_MODE = "append"
