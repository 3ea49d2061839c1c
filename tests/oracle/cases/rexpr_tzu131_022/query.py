spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(20,0), m DECIMAL(18,6), i INT, k BIGINT, d DOUBLE, ts TIMESTAMP, f FLOAT, dt DATE, j INT, s STRING").json(INPUT)
result = df.select("id", expr("json_object_keys(to_json(arrays_zip(array(timestampdiff(HOUR, timestamp_micros(CAST(i AS BIGINT) * 1000000000L), CASE WHEN (dt <> DATE'2024-02-29') THEN ts WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN ts ELSE ts END), 2), array(format_string('%.2f / %s', d, s)))))").alias("c1"), expr("char(CAST((- CAST(array_size(slice(array(i, i, 3, 4), -2, 5)) AS INT)) AS BIGINT) + 256)").alias("c2"), expr("flatten(array(array(i, -1), array(), array(NULL)))").alias("c3"), expr("to_unix_timestamp(CAST(nvl2(try_to_number(s, '999.99'), CAST(CASE WHEN (s IS NOT NULL) THEN ts END AS DATE), DATE'2025-03-01') AS STRING), 'yyyy-MM-dd') AS c4"), expr("timestamp_micros(CAST(i AS BIGINT) * 1000000000L)"))
OUTPUT_MODE = "append"
