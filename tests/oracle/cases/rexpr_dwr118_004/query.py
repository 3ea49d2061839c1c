from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (CASE WHEN (id <> 1000L) THEN id ELSE id END / nullif(d, 0)) AS k1, round(vector_sum(array(CAST(i AS FLOAT), 1.0F))[0], 3) AS a1, round(avg(nullifzero(greatest(d, d, d))), 0) AS a2, max(to_date(t)) AS a4, max_by(dayname(dt), i, 2) AS a3 FROM src GROUP BY (CASE WHEN (id <> 1000L) THEN id ELSE id END / nullif(d, 0)) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
