from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(i AS DOUBLE) AS k1, j, sort_array(collect_set(year(TIMESTAMP'2024-03-01 12:30:00.123456'))) AS a1, count(CASE WHEN ((i <> 5) OR b) THEN m WHEN (t = 'abc') THEN n ELSE CASE t WHEN 'o' THEN n ELSE n END END) AS a2, max(CASE WHEN (to_date('2000-01-01') < dt) THEN ts WHEN (t RLIKE '^[A-Z]') THEN ts WHEN TRY_CAST(s AS BOOLEAN) THEN ts ELSE TIMESTAMP'2024-03-01 12:30:00.123456' END) AS a3, avg(CASE WHEN TRY_CAST(s AS BOOLEAN) THEN CASE WHEN b THEN id WHEN (id = 86400L) THEN id WHEN (j IS NOT NULL) THEN id END ELSE id END) AS a4 FROM src GROUP BY CAST(i AS DOUBLE), j HAVING count(*) >= 1")
OUTPUT_MODE = "update"
