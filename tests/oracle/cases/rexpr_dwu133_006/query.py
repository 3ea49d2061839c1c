from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(38,10), s STRING, i INT, t STRING, k BIGINT, j INT, b BOOLEAN, dt DATE, ts TIMESTAMP, d DOUBLE").load(INPUT)
result = df.where("(t <= 'é')").selectExpr("id", "abs(month(least(TIMESTAMP'2024-03-01 12:30:00.123456', nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999')))) AS c1", "stack(3, dt, 1, dt)", "unix_millis(make_timestamp(year(dt), month(dt), dayofmonth(dt), 23, 0, 15.5))", "nullif(m, 99.99) AS c4", "power(sec(abs(d)), 2) AS c5")
OUTPUT_MODE = "append"
