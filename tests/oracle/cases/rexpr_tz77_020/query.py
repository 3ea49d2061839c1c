spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN (dt = DATE'2000-01-01') ELSE b END AS k1, count_if(((s <> '') <=> (b IS NOT TRUE))) AS a1, round(avg(sqrt(CASE WHEN TRY_CAST(t AS BOOLEAN) THEN f WHEN (d BETWEEN 0.1D AND 100.0D) THEN (id + f) ELSE d END)), 0) AS a2 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
