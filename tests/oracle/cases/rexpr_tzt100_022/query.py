spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, ts TIMESTAMP, m DECIMAL(10,2), dt DATE, i INT, d DOUBLE, k BIGINT, j INT, b BOOLEAN").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt AS k1, s, (max((least(i, i) - CASE WHEN (d != 100.0D) THEN (i * m) WHEN (b IS NOT NULL) THEN m END)) - min((least(i, i) - CASE WHEN (d != 100.0D) THEN (i * m) WHEN (b IS NOT NULL) THEN m END))) AS a1, round(avg((m / nullif(99.99, 0))), 0) AS a2, sum(least(i, i)) AS a3, max((- j)) AS a5, (max(round(m)) - min(round(m))) AS a4 FROM src GROUP BY dt, s")
OUTPUT_MODE = "update"
