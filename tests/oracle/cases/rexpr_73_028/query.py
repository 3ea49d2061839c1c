from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, datediff(max(trunc(date_sub(dt, 2), 'yy')), min(trunc(date_sub(dt, 2), 'yy'))) AS a1, count(months_between(coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-03-01 12:30:00.123456'), dt)) AS a2, sum(CASE WHEN (i = j) THEN (n + n) ELSE 0 END) AS a3, datediff(max(to_date('2000-01-01')), min(to_date('2000-01-01'))) AS a4 FROM src GROUP BY t")
OUTPUT_MODE = "update"
