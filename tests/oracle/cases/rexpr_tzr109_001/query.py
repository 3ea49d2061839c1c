spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, ts TIMESTAMP, n DECIMAL(5,3), t STRING, d DOUBLE, s STRING, dt DATE, j INT, k BIGINT, m DECIMAL(12,4), b BOOLEAN").json(INPUT)
result = df.select("id", "b", expr("timestamp_diff('DAY', date_sub(element_at(array_sort(array(last_day(DATE'2024-02-29'), nvl2(d, dt, DATE'2024-02-29'), DATE'2024-02-29')), 1), i), to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss'))").alias("c1"), F.when(col("b"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).when(col("b"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).otherwise(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"), expr("json_tuple(to_json(named_struct('a', (timestamp_diff('MONTH', ts, ts) % 3), 'b', hex(hmac('key', CAST(make_dt_interval(i) + make_dt_interval(0, i) AS STRING))))), 'a', 'b', 'zz')")).filter((expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')") | (col("j") >= lit(10))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY b DESC NULLS FIRST, id DESC"]
