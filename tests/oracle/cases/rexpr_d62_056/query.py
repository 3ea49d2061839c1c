from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("nullif(date_trunc('SECOND', least(TIMESTAMP'2024-02-29 00:00:00', ts, (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND))), TIMESTAMP'1999-12-31 23:59:59.999') AS c1", "hash(ts) AS c2", "bround(d, 0) AS c3", "round(CASE WHEN (dt IS NOT NULL) THEN 0.001 WHEN b THEN m WHEN (dt IS NOT NULL) THEN CASE WHEN CAST(NULL AS BOOLEAN) THEN 100BD WHEN b THEN 12.345 WHEN b THEN 0.001 ELSE m END ELSE m END) AS c4", "date_from_unix_date(size(array_distinct(split('2024-02-29', '-')))) AS c5")
OUTPUT_MODE = "append"
