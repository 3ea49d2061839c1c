from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')") | (col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))))).selectExpr("id", "is_valid_utf8(unhex('C328')) AS c1", "json_object_keys(to_csv(named_struct('a', bitwise_not(greatest(i, i, i)), 'b', CAST(timestamp_micros(CAST(i AS BIGINT) * 1000000000L) AS STRING)))) AS c2", "flatten(array(array(sha1(s)), CAST(NULL AS ARRAY<STRING>))) AS c3", "round(m) AS c4", "struct(bit_get(CAST((i & 3) AS INT), 3), concat(space(3), concat(space(3), 'Hello')) AS name, sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]) AS c5").filter("coalesce((TRY_CAST(-4 AS DECIMAL(6,3)) <= id), true)")
OUTPUT_MODE = "append"
