from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("((dt < DATE'2025-03-01') OR (s <= 'a'))").createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN true THEN d WHEN (m <= 1.25) THEN 100.0D WHEN (m < 0.001) THEN 0.1D END AS k1, (i IN (5, 5)) AS k2, round(avg(d), 0) AS a1, count((i + d)) AS a2 FROM src GROUP BY 1, 2 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
