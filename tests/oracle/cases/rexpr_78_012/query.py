from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(n - n) AS c1", "TRY_CAST(CASE WHEN (t >= '日本') THEN CASE WHEN (d <= 3.75D) THEN i WHEN (n >= -3.10) THEN i WHEN (ts < TIMESTAMP'2024-02-29 00:00:00') THEN j ELSE j END WHEN ((t <= '2024-02-29') OR (i < -1)) THEN j WHEN (ts IS NOT NULL) THEN (2 * i) END AS INT) AS c2", "CASE WHEN (j = 3) THEN to_date('2000-01-01') END AS c3", "dateadd(dt, i) AS c4", "CAST(try_to_date(s) AS TIMESTAMP)")
OUTPUT_MODE = "append"
