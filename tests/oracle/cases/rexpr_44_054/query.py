from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, round(avg(year(nullif(dt, to_date('2025-03-01')))), 0) AS a1, datediff(max(nullif(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END, DATE'2023-12-31')), min(nullif(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END, DATE'2023-12-31'))) AS a2 FROM src GROUP BY dt ORDER BY dt")
OUTPUT_MODE = "complete"
ORDERED = True
