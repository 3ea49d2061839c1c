spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(is_valid_utf8(s) OR (dt IS NOT NULL))").withColumn("c1", expr("from_csv(array_join(array_append(array(CAST(NULL AS STRING)), sha(s)), '+', 'NUL'), 'a INT, b STRING, c DOUBLE')")).withColumn("s", expr("CAST(try_make_timestamp_ltz(2024, 3, 10, char_length('é'), 30, 0, 'America/New_York') AS STRING)")).withColumn("c3", expr("array_except(array(CAST(try_make_timestamp_ltz(2024, 3, 10, 0, 30, 0, 'America/New_York') AS STRING), hex(unhex(s)), 'a', 'a'), array('a', NULL))")).withColumn("c4", expr("unix_date(make_date(2024, 1, 1)) + (array_position(array(s, 'a', s), 'a') + (i + i))")).withColumn("c5", expr("nullif(CAST(id AS DOUBLE), 100.0D)")).drop("i", "d", "f", "m", "dt", "ts")
OUTPUT_MODE = "append"
