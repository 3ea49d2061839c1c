spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "repeat(s, 3) AS c1", "(dt + INTERVAL 2 YEARS) AS c2", "ifnull(ts, TIMESTAMP'2024-03-01 12:30:00.123456') AS c3", "((ts - INTERVAL 1 DAY) + INTERVAL '1-2' YEAR TO MONTH) AS c4", "CASE WHEN ((n + n) BETWEEN 99.99 AND 1.25) THEN least(ts, ts, timestamp_seconds(i)) ELSE ((CAST(dt AS TIMESTAMP) + INTERVAL -3 DAYS) - INTERVAL '1 02:03:04.000005' DAY TO SECOND) END AS c5")
OUTPUT_MODE = "append"
