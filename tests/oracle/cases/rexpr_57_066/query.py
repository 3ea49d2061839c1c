from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), ts TIMESTAMP, t STRING, n DECIMAL(4,1), dt DATE, b BOOLEAN, s STRING, d DOUBLE, i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (d / 10) AS k1, bool_or(b) AS a1, datediff(max(DATE'2024-02-29'), min(DATE'2024-02-29')) AS a2, round(avg(nvl(0.001, 99.99)), 3) AS a3, min(coalesce(ts, CASE WHEN b THEN ts WHEN b THEN ts ELSE ts END, TIMESTAMP'2024-03-01 12:30:00.123456')) AS a4 FROM src GROUP BY (d / 10) HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
