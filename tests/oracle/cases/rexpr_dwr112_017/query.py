from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.regexp_extract_all(expr("make_valid_utf8(unhex('61FF62C3'))"), lit('([a-z])([a-z]+)'), 2)).withColumn("c2", expr("map_zip_with(map('a', timestampdiff(HOUR, ts, timestamp_seconds((i - i))), 'b', 2), map('a', 10, 'c', (i + second(to_timestamp_ltz(CAST(dt AS STRING))))), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))")).withColumn("c3", F.sec(F.nanvl(F.rint(col("m")), expr("xpath_float('<a b=\"' || character_length(s) || '\"/>', 'a/@b')")))).withColumn("c4", expr("from_json('{\"a\": ' || bit_length(url_encode(repeat(s, -1))) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')")).withColumn("c5", expr("flatten(array(array(sha1(s)), CAST(NULL AS ARRAY<STRING>)))"))
OUTPUT_MODE = "append"
