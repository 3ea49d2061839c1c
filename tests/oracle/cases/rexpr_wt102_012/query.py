from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), dt DATE, j INT, i INT, s STRING, f FLOAT, ts TIMESTAMP, b BOOLEAN, d DOUBLE").json(INPUT)
result = df.selectExpr("id", "round(TRY_CAST(TRY_CAST(id AS INT) AS DECIMAL(5,1)), 2) AS c1", "next_day((next_day(add_months(dt, i), 'Mon') - INTERVAL 1 DAY), 'TU') AS c2", "date_format((nvl2(CASE WHEN b THEN j END, TIMESTAMP'2024-02-29 00:00:00', TIMESTAMP'2024-03-01 12:30:00.123456') - INTERVAL '2 12' DAY TO HOUR), 'HH:mm:ss') AS c3", "CAST(extract(HOUR FROM (if(b, ts, ts) - date_trunc('yyyy', ts))) AS INT) AS c4", "nullif(CAST(date_part('minutes', (least(ts, ts, ts) - to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'))) AS INT), 2) AS c5")
OUTPUT_MODE = "append"
