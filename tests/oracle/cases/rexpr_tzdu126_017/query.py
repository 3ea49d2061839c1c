spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, count(d) AS a1, (max(d) - min(d)) AS a2, sum(CASE WHEN exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a') THEN CASE WHEN ('42' COLLATE UTF8_BINARY = 'Hello World') THEN m WHEN b THEN round(m) WHEN (s LIKE '%') THEN m END ELSE 0 END) AS a3, any_value(b IS NOT NULL) AS a4 FROM src GROUP BY i")
OUTPUT_MODE = "complete"
