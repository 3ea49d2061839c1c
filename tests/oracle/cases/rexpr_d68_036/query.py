from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(dt IS NOT NULL)").createOrReplaceTempView("src")
result = spark.sql("SELECT (i + i) AS k1, sum(CASE WHEN exists(split(t, ' '), x -> x = '') THEN ifnull(0.5, 12.345) ELSE 0 END) AS a1, sum((i - id)) AS a2, (max((m + n)) - min((m + n))) AS a3, round(avg(atan2((i / nullif((i - i), 0)), j)), 0) AS a4 FROM src GROUP BY (i + i) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
