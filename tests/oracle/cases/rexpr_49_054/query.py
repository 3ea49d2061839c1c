from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(if((t > ' '), (s >= t), ((t IS NOT NULL) OR (n IS NOT NULL))) OR (d IS NULL))").select(expr("CASE WHEN (m IS NOT NULL) THEN k WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN k WHEN (t IS NOT NULL) THEN k END AS c1"), expr("date_trunc('MONTH', timestamp_seconds((2 * i))) AS c2"), expr("make_date(2024, 2, least(dayofmonth(dt), 28))").alias("c3"), expr("((CAST(dt AS TIMESTAMP) - INTERVAL -3 DAYS) + INTERVAL 1 DAY) AS c4"))
OUTPUT_MODE = "append"
