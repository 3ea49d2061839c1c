from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("i", "isnan(CASE WHEN (d IS NOT NULL) THEN (d / 3.0D) WHEN nvl2(dt, (m IS NOT NULL), false) THEN d WHEN (n < 0.5) THEN CAST(i AS DOUBLE) ELSE d END) AS c1", "pow(d, -1) AS c2", "CASE (d <= 0.5D) WHEN true THEN ts WHEN true THEN ts ELSE ts END AS c3", "concat(s, CAST(n AS STRING), t) AS c4")
OUTPUT_MODE = "append"
