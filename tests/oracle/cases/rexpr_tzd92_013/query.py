spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, k BIGINT, d DOUBLE, j INT, i INT, dt DATE, m DECIMAL(38,10), ts TIMESTAMP, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT levenshtein(substring(s, -3, 3), s) AS k1, dt, min(rpad(CAST(ts AS STRING), 6, ' ')) AS a1, (max(0) - min(0)) AS a2 FROM src GROUP BY k1, dt ORDER BY k1, dt")
OUTPUT_MODE = "complete"
ORDERED = True
