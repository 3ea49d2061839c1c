from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(i % nullif(i, 0)) AS c1", "(timestamp_micros(CAST(i AS BIGINT) * 1000000000L) - INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c2", "CAST(to_timestamp_ntz(date_format(date_trunc('SECOND', make_timestamp_ltz(2024, 2, 29, shiftright(i, 33), 0, 0, 'Asia/Tokyo')), 'yyyy-MM-dd HH:mm:ss')) AS STRING) AS c3", "(array_position(array(CASE WHEN b THEN s WHEN b THEN s WHEN b THEN s ELSE s END, 'a', s), 'a') + (10 - id)) AS c4").where("(c3 IS NOT NULL)")
OUTPUT_MODE = "append"
