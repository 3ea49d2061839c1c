from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, dt DATE, m DECIMAL(10,2), s STRING, n DECIMAL(5,3), t STRING, ts TIMESTAMP, d DOUBLE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, avg(locate(' ', concat_ws(', ', sha1(s), t, CAST(nullif(to_date('2000-01-01'), DATE'2023-12-31') AS STRING)), 1)) AS a1, count(CASE WHEN regexp_like(t, '[0-9]+') THEN n WHEN (id IS NOT NULL) THEN n ELSE n END) AS a2 FROM src GROUP BY i HAVING count(*) >= 1")
OUTPUT_MODE = "update"
