from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT add_months(dt, 5) AS k1, unix_date((dt - INTERVAL -10 DAYS)) AS k2, min(degrees(CASE WHEN (t = '日本') THEN d ELSE d END)) AS a1, avg(i) AS a2 FROM src GROUP BY add_months(dt, 5), unix_date((dt - INTERVAL -10 DAYS)) ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
