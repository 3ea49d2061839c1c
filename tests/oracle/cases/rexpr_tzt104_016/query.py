spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, d DOUBLE, j INT, ts TIMESTAMP, i INT, s STRING, m DECIMAL(38,10), dt DATE").load(INPUT)
result = df.selectExpr("id", "date_trunc('MONTH', (least(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), ts, ts) + INTERVAL '-1 00:00:01' DAY TO SECOND)) AS c1", "coalesce(dt, dt, DATE'2000-01-01') AS c2", "repeat(CAST(id AS STRING), 3)")
OUTPUT_MODE = "append"
