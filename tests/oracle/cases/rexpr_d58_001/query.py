from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(TRY_CAST('Hello' AS TIMESTAMP) - INTERVAL 1 MONTH) AS c1"), expr("timestamp_seconds((locate('l', base64(t), 2) % nullif(size(split(CASE WHEN (id <= 0L) THEN t ELSE s END, '-')), 0))) AS c2"), expr("(CASE WHEN (id != 86400L) THEN (date_from_unix_date(i) - INTERVAL 1 MONTH) WHEN (lcase('abc') >= left(s, 0)) THEN date_sub(date_from_unix_date(i), i) WHEN (s = 'Hello') THEN dt ELSE DATE'2000-01-01' END - INTERVAL 1 MONTH)").alias("c3"))
OUTPUT_MODE = "append"
