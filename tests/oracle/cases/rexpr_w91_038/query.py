from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (d / 10) AS k1, round(avg(i), 2) AS a1, count_if(isnan((d + (i / nullif(d, 0))))) AS a2, round(avg(n), 2) AS a3, sum(CASE WHEN ((ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND) IS NOT NULL) THEN 0.5 ELSE 0 END) AS a4 FROM src GROUP BY (d / 10)")
OUTPUT_MODE = "update"
