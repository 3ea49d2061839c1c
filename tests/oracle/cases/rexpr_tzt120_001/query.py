spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((expr("((nullif((CAST(NULL AS TIMESTAMP) + INTERVAL 72 HOURS), TIMESTAMP'2024-02-29 00:00:00') - ts) <= INTERVAL '23:59' HOUR TO MINUTE)") | col("dt").isNull())).selectExpr("id", "CASE WHEN (dt <> DATE'2024-02-29') THEN d WHEN b THEN 0.001D WHEN (m >= -3.10) THEN d ELSE 2.0D END AS c1", "weekday((dt + INTERVAL 1 DAY)) AS c2", "(n * n) AS c3", "least((ts - INTERVAL '25:00' HOUR TO MINUTE), ts, TIMESTAMP'1999-12-31 23:59:59.999') AS c4").where("(NOT coalesce((concat('a', '') <=> CASE WHEN (c2 >= 1) THEN ' ' WHEN (c2 IS NOT NULL) THEN CAST(NULL AS STRING) ELSE ' ' END), false))")
OUTPUT_MODE = "append"
