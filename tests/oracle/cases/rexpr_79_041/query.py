from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, dt DATE, k BIGINT, ts TIMESTAMP, s STRING, m DECIMAL(10,2), i INT, j INT, d DOUBLE").load(INPUT)
df.filter("(TRY_CAST(try_element_at(split(s, '[aeiou]'), 2) AS BOOLEAN) OR (id IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT i, avg(round(99.99, 0)) AS a1, min(greatest(m, m)) AS a2, max(pmod(id, i)) AS a4, round(avg(m), 3) AS a3 FROM src GROUP BY i")
OUTPUT_MODE = "complete"
