from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT locate(' ', s, 2) AS k1, ((m != id) OR ('42' LIKE '%o%')) AS k2, count_if((((n - m) NOT IN (12.345)) IS NULL)) AS a1, count_if(((m <= 0.5) OR (dt < to_date('2025-03-01')))) AS a2 FROM src GROUP BY locate(' ', s, 2), ((m != id) OR ('42' LIKE '%o%')) ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
