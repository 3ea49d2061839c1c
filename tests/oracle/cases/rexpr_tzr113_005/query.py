spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, ts TIMESTAMP, s STRING, k BIGINT, dt DATE, j INT, b BOOLEAN, i INT, m DECIMAL(10,2)").load(INPUT)
result = df.select("id", "i", F.when(expr("hex(hmac('x-y', 'msg', 'SHA512'))").rlike("^\\s"), col("ts")).otherwise((col("ts") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).alias("c1"), expr("sequence(5, abs(i) % 5, -2) AS c2"), expr("(CAST(try_make_timestamp_ltz(2024, 3, 10, position('o', element_at(map_concat(map('a', s), map('b', 'x')), 'a')), 30, 0, 'America/New_York') AS STRING) COLLATE UTF8_BINARY = 'Hello World')").alias("c3"), F.posexplode_outer(F.array_remove(F.array(F.right(col("s"), lit(0)), lit('x')), 'x')))
OUTPUT_MODE = "append"
