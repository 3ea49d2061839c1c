spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, m DECIMAL(12,4), f FLOAT, i INT, dt DATE, ts TIMESTAMP, n DECIMAL(20,0), j INT, s STRING").json(INPUT)
df.filter((col("dt").isNotNull() | (col("f") > lit(-1.5)))).createOrReplaceTempView("src")
result = spark.sql("SELECT dt, count(CASE WHEN (i = -1) THEN (ts + INTERVAL 36 HOURS) WHEN (id >= 1L) THEN CASE WHEN (d < 2.0D) THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN (d IS NOT NULL) THEN ts ELSE TIMESTAMP'2024-02-29 00:00:00' END ELSE ts END) AS a1, (max(m) - min(m)) AS a2 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
