spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(extract(DAY FROM (ts - ts)) AS INT) AS k1, round(avg((least(n, n) % 2.5)), 0) AS a1, count(CAST(extract(DAY FROM (TIMESTAMP'1999-12-31 23:59:59.999' - DATE'2024-02-29')) AS INT)) AS a2, round(avg((i + i)), 0) AS a3 FROM src GROUP BY CAST(extract(DAY FROM (ts - ts)) AS INT)")
OUTPUT_MODE = "update"
