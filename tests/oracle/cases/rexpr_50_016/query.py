from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN b WHEN startswith(t, 'é') THEN b WHEN (NOT b) THEN b ELSE (s IS NULL) END AS c1", "(id + 2) AS c2", "greatest(TRY_CAST(s AS DATE), dt, next_day(trunc(dt, 'Q'), 'Mon')) AS c3", "(TIMESTAMP'2024-03-01 12:30:00.123456' - INTERVAL 36 HOURS) AS c4")
OUTPUT_MODE = "append"
