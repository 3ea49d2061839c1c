from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("coalesce((m IN (12.345, -3.10, 12.345)), true)").selectExpr("months_between((add_months(date_sub(dt, i), i) + INTERVAL 1 MONTH), add_months(dt, i)) AS c1", "substring(s, 1, 1)", "nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456')", "timestamp_seconds((i + i)) AS c4")
OUTPUT_MODE = "append"
