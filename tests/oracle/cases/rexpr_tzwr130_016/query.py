spark.conf.set("spark.sql.session.timeZone", "Asia/Kathmandu")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("f", expr("transform_keys(map(size(json_object_keys(to_json(named_struct('a', i, 'b', s)))), 'x', 100, 'y'), (k, v) -> k + 1)").alias("c1"), expr("array_max(array((CAST(i AS BIGINT) / nullif(i, 0)), (m - map_values(map('x', f))[0]), CAST('NaN' AS DOUBLE)))").alias("c2"), expr("('2024-02-29' COLLATE UTF8_BINARY = 'Hello World') AS c3"), expr("CAST(convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(date_format(ts, 'yyyy-MM-dd HH:mm'))) AS STRING)"))
OUTPUT_MODE = "append"
