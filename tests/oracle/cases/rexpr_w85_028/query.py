from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, dt DATE, d DOUBLE, s STRING").json(INPUT)
result = df.selectExpr("id", "CASE WHEN (b AND b) THEN CASE WHEN (id IS NOT NULL) THEN m WHEN b THEN m WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN m ELSE m END WHEN (m <> 1.25) THEN m WHEN (i IS NOT NULL) THEN m ELSE m END", "date_trunc('yyyy', (ts - INTERVAL 36 HOURS)) AS c2", "coalesce((m IS NOT NULL), true) AS c3", "log2(abs(CASE WHEN b THEN i WHEN (i = -1) THEN i WHEN (dt IS NOT NULL) THEN 5 ELSE i END) + 1) AS c4", "ceiling(m, -1) AS c5")
OUTPUT_MODE = "append"
