from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(((10 * i) NOT IN (3, 5, 3)) OR (id >= -2L))").selectExpr("coalesce(CAST(i AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00') AS c1", "(0.1D + d) AS c2", "signum((- bround(d, 0))) AS c3", "CASE WHEN (t = 'abc') THEN dt WHEN (ts != TIMESTAMP'2024-02-29 00:00:00') THEN dt WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN dt ELSE (dt + INTERVAL 1 MONTH) END AS c4")
OUTPUT_MODE = "append"
