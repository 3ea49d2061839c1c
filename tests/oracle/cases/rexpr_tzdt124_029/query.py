spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, n DECIMAL(5,3), s STRING, d DOUBLE, i INT, t STRING, dt DATE, m DECIMAL(7,0), ts TIMESTAMP, f FLOAT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_add(next_day(dt, 'fri'), CAST(date_part('minutes', (ts - ts)) AS INT)) AS k1, min(ts) AS a1, round(avg(CASE WHEN exists(split(array_join(split(s, '[aeiou]'), '-'), ' '), x -> x = 'a') THEN d WHEN (dt IS NOT NULL) THEN greatest(CASE WHEN b THEN d END, d) ELSE 0.001D END), 2) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
