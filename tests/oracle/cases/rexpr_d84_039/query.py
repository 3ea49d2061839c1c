from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), i INT, s STRING, dt DATE, n DECIMAL(20,0)").json(INPUT)
result = df.selectExpr("id", "date_format(CAST((TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL 1 DAY) AS DATE), 'MMM d, yyyy') AS c1", "nullif(id, 0L) AS c2", "unix_timestamp(last_day(dt)) AS c3", "coalesce(s, 'x-y') AS c4", "nullif(greatest(n, m), 12.345) AS c5")
OUTPUT_MODE = "append"
