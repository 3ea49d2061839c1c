from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(12,4), j INT, n DECIMAL(4,1), dt DATE, d DOUBLE, ts TIMESTAMP, s STRING").load(INPUT)
result = df.selectExpr("id", "(ts + INTERVAL -3 DAYS) AS c1", "to_timestamp(date_format(coalesce(ts, TIMESTAMP'2024-02-29 00:00:00'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') AS c2", "last_day(add_months(if((d <> id), dt, least(dt, dt, dt)), i)) AS c3", "nullif(CASE WHEN (s < 'Hello') THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (id < -2L) THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END, TIMESTAMP'2024-03-01 12:30:00.123456') AS c4", "CAST(extract(DAY FROM (add_months(dt, i) - to_date('2000-01-01'))) AS INT) AS c5").where("(ts IS NOT NULL)")
OUTPUT_MODE = "append"
