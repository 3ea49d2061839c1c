spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_format(date_trunc('SECOND', ts), 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS k1, date_format(dt, 'EEEE') AS k2, max(quarter(DATE'2023-12-31')) AS a1, round(avg(i), 0) AS a2, sum(CASE WHEN (format_number(k, 2) <> s) THEN n ELSE 0 END) AS a3, min(nullif((ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND), TIMESTAMP'2024-02-29 00:00:00')) AS a4 FROM src GROUP BY date_format(date_trunc('SECOND', ts), 'yyyy-MM-dd HH:mm:ss.SSSSSS'), date_format(dt, 'EEEE')")
OUTPUT_MODE = "update"
