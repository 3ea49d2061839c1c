from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, t STRING, j INT, dt DATE, d DOUBLE, ts TIMESTAMP, k BIGINT, n DECIMAL(5,3), s STRING, m DECIMAL(10,2)").load(INPUT)
result = df.where("((d >= 100.0D) OR (t <= '42'))").selectExpr("to_timestamp(date_format((make_timestamp(year(coalesce(dt, DATE'2023-12-31')), month(coalesce(dt, DATE'2023-12-31')), dayofmonth(coalesce(dt, DATE'2023-12-31')), 0, 30, 0) - INTERVAL 1 DAY), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c1", "(ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c2", "CAST(nvl2(nullif(k, -2L), TRY_CAST(d AS BIGINT), 1L) AS STRING) AS c3", "greatest(12.345, greatest(nullif((CAST(NULL AS DECIMAL(10,2)) * 0), 1.25), (m + 0.001), n)) AS c4", "abs(0.001) AS c5").filter(col("d").isNotNull())
OUTPUT_MODE = "append"
