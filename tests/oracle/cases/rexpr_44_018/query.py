from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (j > -1) THEN CASE WHEN b THEN ts WHEN (NOT b) THEN (TIMESTAMP'1999-12-31 23:59:59.999' - INTERVAL '1 02:03:04.000005' DAY TO SECOND) ELSE nullif(ts, TIMESTAMP'2024-02-29 00:00:00') END ELSE ts END AS c1", "date_trunc('SECOND', ts) AS c2", "(n * months_between(dt, ts)) AS c3", "datediff(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'), dt) AS c4", "coalesce(d, -1.5D) AS c5")
OUTPUT_MODE = "append"
