from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(NOT coalesce((t >= 'x-y'), false))").createOrReplaceTempView("src")
result = spark.sql("SELECT timestamp_diff('MONTH', (ts - INTERVAL 1 MONTH), nvl2((d IS NOT NULL), ts, TIMESTAMP'2024-02-29 00:00:00')) AS k1, datediff(max(dt), min(dt)) AS a1, percentile_disc(0.25) WITHIN GROUP (ORDER BY d) AS a2, min(t) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
