spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(date_part('days', (dt - dt)) AS INT) AS k1, (max(i) - min(i)) AS a1, min(CASE WHEN (id IS NOT NULL) THEN 0L WHEN (t <= 'o') THEN (id - id) WHEN ((ts - TIMESTAMP'1999-12-31 23:59:59.999') > INTERVAL '1' DAY) THEN id ELSE (id + id) END) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
