from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i AS k1, sum(dayofmonth(dt)) AS a1, count_if(nvl((b OR b), false)) AS a2, round(avg(10), 0) AS a3, (max(second(CAST(i AS TIMESTAMP))) - min(second(CAST(i AS TIMESTAMP)))) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
