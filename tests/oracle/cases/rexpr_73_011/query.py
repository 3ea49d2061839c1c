from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, count_if(isnull(CASE WHEN (k >= 0L) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (dt IS NOT NULL) THEN ts ELSE ts END)) AS a1, round(avg(((i - i) + i)), 3) AS a2, sort_array(collect_set(j)) AS a3 FROM src GROUP BY i")
OUTPUT_MODE = "update"
