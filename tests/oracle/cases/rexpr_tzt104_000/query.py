spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, b BOOLEAN, m DECIMAL(7,0), n DECIMAL(4,1), ts TIMESTAMP, s STRING, i INT, d DOUBLE, f FLOAT").json(INPUT)
result = df.selectExpr("date_trunc('DAY', ifnull(ts, TIMESTAMP'2024-02-29 00:00:00')) AS c1", "dateadd(trunc(dt, 'yy'), (5 * i)) AS c2", "(id + CASE WHEN b THEN id WHEN b THEN id ELSE id END) AS c3", "(date_trunc('DAY', TIMESTAMP'1999-12-31 23:59:59.999') + (to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') - (ts + INTERVAL '-1 00:00:01' DAY TO SECOND))) AS c4")
OUTPUT_MODE = "append"
