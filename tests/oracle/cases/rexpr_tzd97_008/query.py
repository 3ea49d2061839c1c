spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (3 - -1) AS k1, (max((greatest(d, f, f) + (n + m))) - min((greatest(d, f, f) + (n + m)))) AS a1, (max(greatest(d, d)) - min(greatest(d, d))) AS a2, max(if(i, 1, 2)) AS a5, bool_or(CAST(i AS BOOLEAN)) AS a3, max((ts - INTERVAL '1-2' YEAR TO MONTH)) AS a4 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
