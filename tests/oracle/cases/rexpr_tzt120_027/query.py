spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "i", "(i + i) AS c1", "nullif(least(dt, dt, dateadd(trunc(DATE'2000-01-01', 'YEAR'), i)), DATE'2025-03-01') AS c2", "nullif((ts + INTERVAL 24 HOURS), TIMESTAMP'2024-02-29 00:00:00') AS c3", "(f BETWEEN 0.5D AND 0.001D)", "(id * 10) AS c5")
OUTPUT_MODE = "append"
