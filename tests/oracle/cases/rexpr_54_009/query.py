from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, j INT, i INT, s STRING, b BOOLEAN, m DECIMAL(10,2), n DECIMAL(20,0), ts TIMESTAMP, dt DATE, t STRING").load(INPUT)
df.where("coalesce((ts <= TIMESTAMP'2024-02-29 00:00:00'), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT date_add(dt, i) AS k1, count(ts) AS a1, sort_array(collect_set(t)) AS a2, count_if((m BETWEEN 0.5 AND 0.5)) AS a3 FROM src GROUP BY date_add(dt, i) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
