from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, CASE WHEN (k < 1000L) THEN (k = 3L) ELSE false END AS k2, count_if((id >= 86400L)) AS a1, sort_array(collect_set(i)) AS a2, sum((m * CAST('NaN' AS DOUBLE))) AS a3 FROM src GROUP BY dt, CASE WHEN (k < 1000L) THEN (k = 3L) ELSE false END")
OUTPUT_MODE = "update"
