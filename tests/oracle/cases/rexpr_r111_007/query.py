from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "m", F.nullifzero(col("i")), F.explode_outer(F.split(col("s"), ' ')), expr("reduce(array(array_position(array(typeof(dt), 'a', CAST(from_utc_timestamp(ts, 'Asia/Tokyo') AS STRING)), 'a'), pmod(i, nullif(unix_date(make_date(2024, 1, 1)) + weekday(dt), 0)), 4), 0, (acc, x) -> acc + coalesce(x, 0)) AS c3"))
OUTPUT_MODE = "append"
