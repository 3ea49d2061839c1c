from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "log2(i) AS c1", "CASE WHEN b THEN id WHEN (nullif(i, 1) IS NULL) THEN k WHEN (CAST(100 AS BIGINT) = (m + m)) THEN (id % nullif(i, 0)) ELSE (CASE WHEN b THEN i WHEN b THEN i WHEN (n IS NOT NULL) THEN i ELSE i END - (id + id)) END AS c2", "if((n < m), TIMESTAMP'2024-03-01 12:30:00.123456', date_trunc('yyyy', ts)) AS c3", "(m + m) AS c4", "replace(if(b, 'x-y', s), 'o', '0') AS c5")
OUTPUT_MODE = "append"
