from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT regexp_extract('o', '([a-z]+)', 1) AS k1, datediff(max(dt), min(dt)) AS a1, (max(n) - min(n)) AS a2, sum(((bround(3.75D, 0) + dayofmonth(to_date('2000-01-01'))) + d)) AS a3, count(CAST(b AS DOUBLE)) AS a4 FROM src GROUP BY regexp_extract('o', '([a-z]+)', 1)")
OUTPUT_MODE = "update"
