spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), i INT, dt DATE, t STRING, ts TIMESTAMP, d DOUBLE, s STRING").load(INPUT)
result = df.where(F.coalesce((col("id") == (col("m") / F.nullif(col("m"), lit(0)))), lit(True))).selectExpr("id", "date_format(ts, 'EEE') AS c1", "nvl(dt, to_date('2024-02-29')) AS c2", "add_months(to_date(CASE WHEN (t > 'é') THEN ts WHEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') THEN ts WHEN (dt = to_date('2024-02-29')) THEN ts END), (3 + i)) AS c3").filter("coalesce(CASE WHEN false THEN (t = '日本') WHEN (m IS NOT NULL) THEN CAST(i AS BOOLEAN) ELSE (m <> 100BD) END, true)")
OUTPUT_MODE = "append"
