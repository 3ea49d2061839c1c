from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, f FLOAT, d DOUBLE, dt DATE, i INT, k BIGINT, ts TIMESTAMP, s STRING, m DECIMAL(18,6)").load(INPUT)
result = df.selectExpr("id", "datediff(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd'), (dt - INTERVAL 2 YEARS)) AS c1", "CASE WHEN nvl2(d, (dt IS NOT NULL), false) THEN CASE WHEN (s IS NOT NULL) THEN ts WHEN (j = 2) THEN ts WHEN (f = 0.5D) THEN ts ELSE ts END WHEN TRY_CAST(s AS BOOLEAN) THEN date_trunc('QUARTER', (CASE WHEN true THEN ts WHEN (m IS NOT NULL) THEN ts ELSE ts END + INTERVAL '1-2' YEAR TO MONTH)) ELSE (ts - INTERVAL 1 DAY) END AS c2", "crc32(concat(s, s, s)) AS c3", "coalesce((ts = TIMESTAMP'2024-02-29 00:00:00'), (j IS NOT NULL), true) AS c4", "sha2(string(ceil(nullif(100BD, 0.001), 1)), 512) AS c5", "CASE WHEN i THEN 1 ELSE 0 END AS c6").filter("c4")
OUTPUT_MODE = "append"
