spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("transform_values(map('a', (10 * i), 'b', i), (k, v) -> concat(k, CAST(v AS STRING)))").alias("c1"), expr("greatest((timestamp_micros(CAST(greatest(i, i) AS BIGINT) * 1000000000L) + INTERVAL '1-2' YEAR TO MONTH), ts, coalesce(ts, CAST(dt AS TIMESTAMP), TIMESTAMP'1999-12-31 23:59:59.999')) AS c2"), expr("make_timestamp_ltz(2024, 2, 29, position('o', '日本'), 0, 0, 'Asia/Tokyo')").cast("string").alias("c3")).filter("(exists(map_keys(map_filter(map('a', (0 - 2), 'b', greatest(0, 3, 10)), (k, v) -> v > 0)), x -> x = 'a') OR (id > 0L))")
OUTPUT_MODE = "append"
