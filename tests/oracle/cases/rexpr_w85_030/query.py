from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(- j) AS c1", "(CASE WHEN true THEN id WHEN (m = 1.25) THEN id WHEN (n < 12.345) THEN id END + (nullif(i, 3) % 3)) AS c2", "CAST(dt AS TIMESTAMP) AS c3", "datediff(dt, (to_timestamp(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') - INTERVAL 36 HOURS)) AS c4")
OUTPUT_MODE = "append"
