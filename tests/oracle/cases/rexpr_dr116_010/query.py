from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT datediff(dt, dt) AS k1, (TIMESTAMP'2024-03-01 12:30:00.123456' <> dt) AS k2, first_value((i - i), true) AS a1, round(regr_avgy(d, i), 6) AS a2, avg(CAST(array_max(array(i, i, 3)) AS BIGINT)) AS a3, round(avg(unix_date(make_date(2024, 1, 1)) + i), 3) AS a4 FROM src GROUP BY k1, k2")
OUTPUT_MODE = "complete"
