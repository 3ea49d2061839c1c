from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, t STRING, ts TIMESTAMP, j INT, i INT, m DECIMAL(10,2), d DOUBLE, n DECIMAL(5,3), dt DATE, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, format_number(CAST(ts AS DOUBLE), 0) AS k2, min(CASE WHEN (i <= 0) THEN s WHEN (s = 'abc') THEN concat(s, t, CAST(n AS STRING)) ELSE try_element_at(split(s, '  *'), 1) END) AS a1, round(avg(i), 0) AS a2 FROM src GROUP BY t, format_number(CAST(ts AS DOUBLE), 0) HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
