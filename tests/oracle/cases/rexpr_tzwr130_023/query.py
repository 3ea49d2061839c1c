spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("id") != lit(86400).cast("bigint"))).selectExpr("id", "d", "map_filter(map('a', (3 * timestampdiff(HOUR, try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0), ts)), 'b', i, 'c', 0), (k, v) -> v > 0 OR k = 'c') AS c1", "arrays_zip(split(CAST(next_day(dt, 'Mon') AS STRING), ' '), sequence(1, 3)) AS c2", "stack(3, next_day(dt, 'Mon'), 1, CASE WHEN b THEN to_date('2025-03-01') WHEN b THEN dt ELSE to_date('2025-03-01') END)", "(CASE WHEN b THEN id WHEN (k = 1000L) THEN 86400L WHEN b THEN id ELSE id END / nullif(try_mod(d, d), 0)) AS c4", "(minute(ts) * (m + m)) AS c5")
OUTPUT_MODE = "append"
