from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, s STRING, n DECIMAL(5,3), dt DATE, f FLOAT, b BOOLEAN, j INT, d DOUBLE, m DECIMAL(38,10), i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(((ts > TIMESTAMP'2024-02-29 00:00:00') > b) AS INT) AS k1, round(avg(f), 0) AS a1, (max((0 * i)) - min((0 * i))) AS a2, datediff(max(next_day(dt, 'SUN')), min(next_day(dt, 'SUN'))) AS a3, round(avg(month(CASE s WHEN 'a' THEN dt END)), 2) AS a4 FROM src GROUP BY CAST(((ts > TIMESTAMP'2024-02-29 00:00:00') > b) AS INT) HAVING count(*) >= 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
