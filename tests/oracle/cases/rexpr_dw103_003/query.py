from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((nvl2(lpad('日本', 6, 'ab'), i, i) IS NULL) OR (ts <= TIMESTAMP'1999-12-31 23:59:59.999'))").selectExpr("id", "last_day((make_date(year(dt), pmod(i, 12) + 1, least(dayofmonth(dt), 28)) + INTERVAL 2 YEARS)) AS c1", "nullif(date_trunc('MONTH', CASE WHEN (s = 'é') THEN TIMESTAMP'2024-03-01 12:30:00.123456' END), TIMESTAMP'2024-03-01 12:30:00.123456') AS c2", "(d / 10.0D) AS c3").where(col("ts").isNotNull())
OUTPUT_MODE = "append"
