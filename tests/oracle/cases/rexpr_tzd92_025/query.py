spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, k BIGINT, s STRING, m DECIMAL(10,2), f FLOAT, i INT, dt DATE, d DOUBLE, ts TIMESTAMP").load(INPUT)
df.filter("(k <= 1000L)").createOrReplaceTempView("src")
result = spark.sql("SELECT dayofyear(CAST(ts AS DATE)) AS k1, max(CASE WHEN (false OR (i IS NOT NULL)) THEN m WHEN (t <> 'a') THEN round(m, 0) WHEN (i <=> f) THEN (-3.10 * m) END) AS a1, max(levenshtein(date_format(ts, 'yyyy-MM-dd HH:mm:ss.SSS'), t)) AS a2, count(ts) AS a3, max((0.5 * i)) AS a4 FROM src GROUP BY dayofyear(CAST(ts AS DATE)) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
