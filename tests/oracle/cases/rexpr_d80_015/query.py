from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(dt > 5) AS c1", "CASE WHEN isnull(i) THEN ts WHEN (NOT (m IS NOT NULL)) THEN nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') WHEN nvl2(TIMESTAMP'2024-02-29 00:00:00', (m <= 12.345), true) THEN CASE WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN ts WHEN (d IS NOT NULL) THEN ts WHEN (ts >= TIMESTAMP'1999-12-31 23:59:59.999') THEN ts END END AS c2", "(greatest(0L, id, id) / nullif(hash(id), 0)) AS c3")
OUTPUT_MODE = "append"
