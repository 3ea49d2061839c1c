from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s AS k1, b AS k2, bool_and((s <=> t)) AS a1, round(avg(datediff(dt, dt)), 3) AS a2, min(date_add(trunc(to_date('2000-01-01'), 'mon'), (- i))) AS a3 FROM src GROUP BY s, b HAVING count(*) >= 1 ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
