from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(to_timestamp(date_format(CAST(nullif(i, 10) AS TIMESTAMP), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') + INTERVAL 1 MONTH) AS c1", "((id % nullif(i, 0)) DIV nullif(CASE WHEN (ts IS NOT NULL) THEN i WHEN b THEN i WHEN (d = 0.1D) THEN 5 ELSE j END, 0)) AS c2", "nvl2(dt, (0 * i), 100) AS c3", "TRY_CAST((d / nullif(d, 0)) AS DECIMAL(38,18)) AS c4", "least(to_date('2025-03-01'), dt, dt) AS c5")
OUTPUT_MODE = "append"
