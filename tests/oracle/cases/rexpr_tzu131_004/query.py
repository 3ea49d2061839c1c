spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("month(least(dt, dt)) AS k1")).agg(expr("substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(unix_date(make_date(2024, 1, 1)) + json_array_length(to_json(array(3, i))))))), 1, 24) AS a1"), F.count(expr("timestamp_add('HOUR', i, ts)")).alias("a2"), F.max(F.to_timestamp(col("s"))).alias("a4"), expr("hex(count_min_sketch(t, 0.3D, 0.7D, 7))").alias("a3"))
OUTPUT_MODE = "complete"
