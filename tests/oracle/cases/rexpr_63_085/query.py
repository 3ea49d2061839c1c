from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(d, 2.0D) AS k1, round(avg((coalesce(m, n, 1.25) / nullif(12.345, 0))), 3) AS a1, avg(CASE WHEN b THEN id WHEN b THEN id END) AS a2, max(greatest(dt, to_date('2000-01-01'), dt)) AS a3, count((id / nullif(d, 0))) AS a4 FROM src GROUP BY nullif(d, 2.0D)")
OUTPUT_MODE = "update"
