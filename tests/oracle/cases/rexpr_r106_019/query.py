from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN ((m <> nullif(0L, -2L)) AND contains(CAST(timestamp_micros(i) AS STRING), ' ')) THEN ((timestampadd(DAY, i, TIMESTAMP'1999-12-31 23:59:59.999') - INTERVAL -3 DAYS) - INTERVAL '1 02:03:04.000005' DAY TO SECOND) WHEN b THEN nullif(ts, TIMESTAMP'2024-02-29 00:00:00') ELSE coalesce(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999') END AS c1", "nullif(bround(m, 3), -3.10) AS c2", "inline(array(named_struct('x', 1, 'y', ' '), named_struct('x', 2, 'y', 'b')))", "array_position(array(char_length(CAST(make_ym_interval((- i), 5) AS STRING)), 5, 7), 7) AS c4", "TRY_CAST(json_array_length(to_json(array(array_max(array(i, i, 3)), (i + i)))) AS DECIMAL(10,4)) AS c5")
OUTPUT_MODE = "append"
