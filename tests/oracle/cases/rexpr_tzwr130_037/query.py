spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)").alias("c1"), (F.last_day(col("dt")).cast("timestamp") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")).alias("c2"), F.to_timestamp(col("s")).alias("c3"), expr("try_mod(CAST(shiftright(i, 33) AS BIGINT), 0L)").alias("c4"), expr("stack(2, i, try_validate_utf8(unhex('61FF62')), (i * 5), url_encode(s))"))
OUTPUT_MODE = "append"
