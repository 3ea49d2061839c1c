from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT date_add((to_date('2023-12-31') - INTERVAL -10 DAYS), i) AS k1, datediff(max(dt), min(dt)) AS a1, regr_count(i, rint(m)) AS a2 FROM src GROUP BY date_add((to_date('2023-12-31') - INTERVAL -10 DAYS), i) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
