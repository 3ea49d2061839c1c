from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("((id + 1000L) - pmod(id, nullif(j, 0)))", "CASE WHEN (k IS NOT NULL) THEN CASE WHEN (n >= 100BD) THEN k WHEN (d < -1.5D) THEN k WHEN b THEN k ELSE id END ELSE id END AS c2", "date_add(dt, i) AS c3", "nullif(nvl(ts, TIMESTAMP'1999-12-31 23:59:59.999'), TIMESTAMP'2024-02-29 00:00:00') AS c4")
OUTPUT_MODE = "append"
