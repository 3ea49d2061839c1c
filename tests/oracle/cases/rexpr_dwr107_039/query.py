from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("((t <= s) OR (id IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT t, CAST(trunc(dt, 'yy') AS STRING) AS k2, datediff(max(dt), min(dt)) AS a1, try_sum(CASE WHEN (s IS NOT NULL) THEN m WHEN (dt IS NOT NULL) THEN (m * 0.5) ELSE m END) AS a2, sort_array(collect_set(CASE WHEN arrays_overlap(array(i, i), array(1, 2, i)) THEN 3 END)) AS a3 FROM src GROUP BY 1, 2 ORDER BY t, k2")
OUTPUT_MODE = "complete"
ORDERED = True
