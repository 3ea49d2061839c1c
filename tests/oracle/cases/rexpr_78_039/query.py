from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, t STRING, ts TIMESTAMP, i INT, b BOOLEAN, j INT, d DOUBLE, m DECIMAL(12,4), s STRING").json(INPUT)
result = df.selectExpr("id", "date_add(make_date(2023, 12, 28), i)", "sqrt(year(dt)) AS c2", "(ts = coalesce(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS c3", "round(round(CASE WHEN b THEN m END, 3), 2) AS c4", "rtrim(t)")
OUTPUT_MODE = "append"
