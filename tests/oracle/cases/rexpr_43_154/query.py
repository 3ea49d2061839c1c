from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(18,6), s STRING, dt DATE, b BOOLEAN, ts TIMESTAMP, d DOUBLE").json(INPUT)
df.where("(startswith(s, 'é') OR (s IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT (d > m) AS k1, count_if(b) AS a1, round(avg(CASE WHEN b THEN (m - m) WHEN b THEN floor(m, -1) WHEN b THEN m ELSE m END), 0) AS a2, count_if((CAST(ts AS DOUBLE) NOT IN (0.1D, -1.5D))) AS a3, round(avg((exp(d) * i)), 2) AS a4 FROM src GROUP BY (d > m) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
