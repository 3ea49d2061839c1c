from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, CASE WHEN b THEN d WHEN (m IS NOT NULL) THEN d ELSE d END AS k2, (max(n) - min(n)) AS a1, max(add_months(add_months(dt, i), i)) AS a2 FROM src GROUP BY s, k2")
OUTPUT_MODE = "update"
