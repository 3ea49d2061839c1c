from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "date_trunc('HOUR', CASE true WHEN false THEN timestamp_seconds(i) WHEN true THEN ts ELSE ts END) AS c1", "CASE WHEN (m <> 0.5) THEN (i <> 2) WHEN (j IS NOT NULL) THEN isnan(d) END AS c2", "log1p(abs((m - 100BD)) + 1)")
OUTPUT_MODE = "append"
