from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT datediff(next_day(dt, 'TU'), dt) AS k1, count(d) AS a1, max(lpad(substring(t, 0, 3), 8, ' ')) AS a2, sort_array(collect_set(i)) AS a3, count_if((id IS NOT NULL)) AS a4, max((ts + 1)) AS a5 FROM src GROUP BY datediff(next_day(dt, 'TU'), dt) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
