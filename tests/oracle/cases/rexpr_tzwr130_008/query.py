spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("dt") > F.to_date(lit("2025-03-01")))).selectExpr("id", "slice(array((5 * 2), shiftright(i, 2), 3, 4), -5, 2) AS c1", "dayname(dt) AS c2", "timestamp_micros(CAST((0 * i) AS BIGINT) * 1000000000L) AS c3", "(sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1] - INTERVAL '1-1' YEAR TO MONTH) AS c4", "CASE WHEN b THEN id END AS c5")
OUTPUT_MODE = "append"
