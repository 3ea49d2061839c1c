from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, i INT, s STRING, d DOUBLE, k BIGINT, dt DATE, f FLOAT, b BOOLEAN, ts TIMESTAMP, m DECIMAL(10,2)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT log1p(abs(f)) AS k1, min(CASE WHEN (k <> 1L) THEN ts WHEN b THEN (ts - INTERVAL 36 HOURS) ELSE ts END) AS a1, count(j) AS a2, count((m - 1)) AS a3 FROM src GROUP BY log1p(abs(f))")
OUTPUT_MODE = "update"
