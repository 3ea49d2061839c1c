from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), dt DATE, s STRING, j INT, ts TIMESTAMP, i INT, d DOUBLE").load(INPUT)
result = df.filter("(dt >= DATE'2025-03-01')").selectExpr("id", "nullif(date_trunc('HOUR', try_to_timestamp(s)), TIMESTAMP'1999-12-31 23:59:59.999') AS c1", "TRY_CAST(s AS BIGINT) AS c2", "coalesce(CAST(trunc(CAST(NULL AS DATE), 'MM') AS TIMESTAMP), TIMESTAMP'2024-03-01 12:30:00.123456') AS c3", "(round(m, 0) * ceil(m)) AS c4", "(signum(CASE WHEN (m IS NOT NULL) THEN d WHEN true THEN d WHEN (id IS NOT NULL) THEN d ELSE d END) + i) AS c5")
OUTPUT_MODE = "append"
