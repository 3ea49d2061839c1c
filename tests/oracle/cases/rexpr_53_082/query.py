from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, round(d, 0) AS k2, sum(CASE WHEN (s LIKE 'H%') THEN m ELSE 0 END) AS a1, count_if((date_format((ts - INTERVAL 1 DAY), 'MMM d, yyyy') ILIKE 'a%')) AS a2, (max(i) - min(i)) AS a3, count(CASE WHEN (d = 2.0D) THEN ts ELSE ts END) AS a4 FROM src GROUP BY dt, round(d, 0) ORDER BY dt, k2")
OUTPUT_MODE = "complete"
ORDERED = True
