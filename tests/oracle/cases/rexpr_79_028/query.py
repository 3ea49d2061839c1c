from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, k BIGINT, dt DATE, d DOUBLE, m DECIMAL(38,10), i INT, ts TIMESTAMP, b BOOLEAN, t STRING, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST((TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL -3 DAYS) AS DOUBLE) AS k1, count(repeat(lpad(s, 8, 'é'), 0)) AS a1, min(greatest(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS a2, min((d * i)) AS a3 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
