spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(5,3), d DOUBLE, m DECIMAL(10,2), dt DATE, b BOOLEAN, t STRING, i INT, f FLOAT, s STRING, k BIGINT, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce(exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a'), false))").selectExpr("id", "array_repeat(s, abs(zeroifnull(i)) % 3) AS c1", "current_database() AS c2", "to_unix_timestamp(try_to_timestamp('o'))", "CASE WHEN b THEN timestamp_micros(CAST(bitwise_not(i) AS BIGINT) * 1000000000L) WHEN isnan(atanh(f / 2000)) THEN date_trunc('DAY', ts) ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END AS c4").filter((~F.coalesce(col("c2").contains(" "), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
