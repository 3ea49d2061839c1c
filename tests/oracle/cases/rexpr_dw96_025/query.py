from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, s STRING, dt DATE, d DOUBLE, i INT, m DECIMAL(12,4), ts TIMESTAMP, t STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, count(sha2(t, 512)) AS a1, datediff(max(nullif(dt, DATE'2024-02-29')), min(nullif(dt, DATE'2024-02-29'))) AS a2, max(nullif(nvl2(ts, m, 0.5), 0.5)) AS a3, max(CAST(d AS DECIMAL(6,2))) AS a5, max(rpad(t, 0, ' ')) AS a4 FROM src GROUP BY s")
OUTPUT_MODE = "update"
