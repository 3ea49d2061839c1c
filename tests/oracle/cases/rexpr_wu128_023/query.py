from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.bitwise_not(F.bitwise_not(col("i")).cast('bigint'))).withColumn("c2", expr("CAST(d AS INT)")).withColumn("c3", expr("array_union(array(power(5, i % 5), CAST('NaN' AS DOUBLE), atanh(d / 2000)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))")).withColumn("c4", F.timestamp_diff('SECOND', expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)"), expr("CASE 2 WHEN 10 THEN ts WHEN 1 THEN ts ELSE ts END"))).withColumn("c5", expr("exists(map_keys(map_filter(map('a', 3, 'b', xpath_int('<a><b>' || reduce(array(i, i, 4), 0, (acc, x) -> acc + coalesce(x, 0)) || '</b></a>', 'a/b')), (k, v) -> v > 0)), x -> x = 'a')")).withColumn("c6", expr("try_mod(CAST(10 AS BIGINT), 0L)"))
OUTPUT_MODE = "append"
