from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, CAST(ts AS DATE) AS k2, min(CASE WHEN (d <> -1.5D) THEN i WHEN isnan(d) THEN dayofyear(dt) WHEN (j <> 2) THEN i ELSE (i - dayofmonth(dt)) END) AS a1, datediff(max(date_add(try_to_date(t), i)), min(date_add(try_to_date(t), i))) AS a2, datediff(max(dt), min(dt)) AS a3 FROM src GROUP BY s, k2")
OUTPUT_MODE = "complete"
