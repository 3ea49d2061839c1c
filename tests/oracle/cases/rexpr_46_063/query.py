from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, j INT, i INT, d DOUBLE, dt DATE, s STRING, ts TIMESTAMP, m DECIMAL(12,4)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (id > d) AS k1, (max(m) - min(m)) AS a1, count(nvl2(m, ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS a2, count(try_to_date(s)) AS a3, sum(i) AS a4 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
