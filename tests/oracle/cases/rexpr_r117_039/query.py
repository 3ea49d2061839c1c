from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("hex(to_binary(concat_ws('-', s, hex(try_to_binary(s, 'hex')), hex(try_to_binary(s, 'hex'))), 'utf-8')) AS c1"), expr("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)").alias("c2"), expr("try_element_at(split(s, '-'), 3) AS c3"), expr("array_sort(array((i + i), smallint(i), NULL, -1)) AS c4"))
OUTPUT_MODE = "append"
