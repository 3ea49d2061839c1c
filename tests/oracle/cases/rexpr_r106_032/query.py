from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) OR (ts >= TIMESTAMP'1999-12-31 23:59:59.999'))").selectExpr("id", "make_dt_interval(0, i, 30, 0.000001) AS c1", "json_tuple(CAST(make_timestamp_ltz(2024, 3, 10, 2, 30, 0) AS STRING), 'a')", "isnan(2.0D) AS c3", "slice(array(weekday(CAST(ts AS DATE)), json_array_length(repeat(t, 0)), 3, 4), -5, 2) AS c4").filter("(NOT coalesce(b, false))")
OUTPUT_MODE = "append"
