from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, date_format(date_trunc('HOUR', TIMESTAMP'2024-02-29 00:00:00'), 'D') AS k2, sum(CASE WHEN false THEN (i + i) ELSE 0 END) AS a1, max(s) AS a2, round(avg(m), 3) AS a3, bool_and(b) AS a4 FROM src GROUP BY s, date_format(date_trunc('HOUR', TIMESTAMP'2024-02-29 00:00:00'), 'D') HAVING count(*) >= 1")
OUTPUT_MODE = "update"
