from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(dt - INTERVAL 2 YEARS) AS c1", "(date_trunc('MONTH', TIMESTAMP'2024-03-01 12:30:00.123456') + INTERVAL 36 HOURS) AS c2", "CASE WHEN (ts != TIMESTAMP'2024-02-29 00:00:00') THEN unix_timestamp(dt) ELSE id END AS c3", "next_day(make_date(2024, 12, 28), 'wednesday') AS c4", "(d / i) AS c5", "to_date(CAST(make_date(2023, 12, 1) AS TIMESTAMP)) AS c6")
OUTPUT_MODE = "append"
