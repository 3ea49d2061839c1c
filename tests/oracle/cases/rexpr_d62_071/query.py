from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, d DOUBLE, t STRING, m DECIMAL(10,2), dt DATE, ts TIMESTAMP, i INT, n DECIMAL(20,0), b BOOLEAN").load(INPUT)
result = df.filter("(s >= 'Hello')").selectExpr("id", "(to_timestamp(date_format(nvl(ts, CAST(NULL AS TIMESTAMP)), 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') - INTERVAL 1 DAY) AS c1", "CASE WHEN (dt = DATE'2024-02-29') THEN TRY_CAST(s AS TIMESTAMP) WHEN (s < '2024-02-29') THEN (ts - INTERVAL -3 DAYS) WHEN b THEN coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999') ELSE ts END AS c2")
OUTPUT_MODE = "append"
