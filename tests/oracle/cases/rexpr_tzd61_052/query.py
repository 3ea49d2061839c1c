spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT cos(CAST(ts AS DOUBLE)) AS k1, round(avg(dayofmonth(dateadd(dt, i))), 2) AS a1, min(dt) AS a2, round(avg(locate('o', sha1(t))), 2) AS a3 FROM src GROUP BY cos(CAST(ts AS DOUBLE))")
OUTPUT_MODE = "update"
