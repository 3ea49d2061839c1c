from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, m DECIMAL(12,4), t STRING, s STRING, i INT, ts TIMESTAMP, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i AS k1, min(nvl2(string(dt), (DATE'2025-03-01' + INTERVAL 2 YEARS), DATE'2025-03-01')) AS a1, datediff(max(dt), min(dt)) AS a2, sort_array(collect_set(i)) AS a3, (max(CASE WHEN (id = -2L) THEN m WHEN (s >= ' ') THEN m ELSE m END) - min(CASE WHEN (id = -2L) THEN m WHEN (s >= ' ') THEN m ELSE m END)) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
