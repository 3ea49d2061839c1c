spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, count_if((((1.25 * m) - coalesce(m, m, 0.5)) <=> CASE WHEN (dt >= DATE'2024-02-29') THEN id WHEN (id < 0L) THEN 86400L WHEN (dt IS NOT NULL) THEN id END)) AS a1, max(dt) AS a2, min(ts) AS a3 FROM src GROUP BY dt ORDER BY dt")
OUTPUT_MODE = "complete"
ORDERED = True
