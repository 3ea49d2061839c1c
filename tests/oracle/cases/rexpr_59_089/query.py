from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT sha2(s, 256) AS k1, max(CAST(dt AS TIMESTAMP)) AS a1, round(avg(nvl2(TIMESTAMP'2024-02-29 00:00:00', i, 1)), 0) AS a2, min(12.345) AS a3, (max(greatest(0.1D, d, 2.0D)) - min(greatest(0.1D, d, 2.0D))) AS a4 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
