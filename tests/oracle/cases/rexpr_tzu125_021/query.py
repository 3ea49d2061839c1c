spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN n WHEN contains(s, ' ') THEN (n - m) WHEN (s IS NOT NULL) THEN m ELSE (n * 0) END", "timestamp_seconds(ascii(char(least(tinyint(abs(i) % 100), i, datepart('DAYOFWEEK', dt))))) AS c2", "factorial(d) AS c3")
OUTPUT_MODE = "append"
