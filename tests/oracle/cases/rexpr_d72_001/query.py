from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, i INT, s STRING, d DOUBLE, j INT, m DECIMAL(38,10), n DECIMAL(20,0), f FLOAT, ts TIMESTAMP").load(INPUT)
df.filter(((col("dt") != (col("ts") + expr("INTERVAL 1 MONTH"))) | col("id").isNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT dt, round(avg(try_divide(2.0D, d)), 2) AS a1, sum(coalesce(CASE WHEN (s < 'x-y') THEN 5 WHEN CASE WHEN true THEN (i <> 10) END THEN 10 ELSE i END, i, 3)) AS a2, datediff(max(dt), min(dt)) AS a3, datediff(max(DATE'2000-01-01'), min(DATE'2000-01-01')) AS a4 FROM src GROUP BY dt HAVING count(*) >= 1 ORDER BY dt")
OUTPUT_MODE = "complete"
ORDERED = True
