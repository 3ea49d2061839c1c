spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(m <> 0.5)").selectExpr("id", "timestamp_seconds(dayofmonth(date_trunc('DAY', TIMESTAMP'2024-02-29 00:00:00'))) AS c1", "xxhash64((i IS NOT NULL)) AS c2", "(round(d, 3) - nvl2(ts, d, 0.5D)) AS c3")
OUTPUT_MODE = "append"
