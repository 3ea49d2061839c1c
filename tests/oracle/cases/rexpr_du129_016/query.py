from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT 1 AS k1, CASE 100 WHEN 3 THEN dt WHEN 2 THEN dt ELSE dt END AS k2, max(d) AS a1, round(stddev_pop((n + n)), 6) AS a2 FROM src GROUP BY k1, k2 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
