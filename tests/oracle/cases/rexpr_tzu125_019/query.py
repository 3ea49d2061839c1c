spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "i", "trim(s) AS c1", "from_json('{\"k\": ' || months_between(dt, timestamp_add('HOUR', i, ts)) || '}', 'MAP<STRING, DOUBLE>') AS c2", "arrays_zip(array(i, 2), array(CAST(try_make_timestamp_ntz(2023, 2, i, 0, 0, 0) AS STRING)), array()) AS c3", "element_at(array_sort(array(DATE'2025-03-01', dt, DATE'2024-02-29')), 1)").where("(((c3 IS NOT NULL) IS NULL) OR (c3 IS NOT NULL))")
OUTPUT_MODE = "append"
