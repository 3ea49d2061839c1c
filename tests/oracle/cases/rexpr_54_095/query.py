from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (d < 0.5D) THEN d WHEN (ts IS NOT NULL) THEN d END AS k1, max((ts - INTERVAL 1 MONTH)) AS a1, min(dt) AS a2, max(nvl2((i - i), greatest(m, m, m), 12.345)) AS a3, (max(i) - min(i)) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
