from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((col("n") == lit(99.99).cast("decimal(4,2)"))).createOrReplaceTempView("src")
result = spark.sql("SELECT array_min(array(i, -1, CAST(NULL AS INT))) AS k1, last_value(CASE WHEN (t = '2024-02-29') THEN s WHEN b THEN '' ELSE 'Hello' END) AS a1, round(regr_sxy(getbit(abs(i) % 100, 0), date_diff((dt - INTERVAL 1 DAY), trunc(dt, 'WEEK'))), 6) AS a2, round(kurtosis(i), 6) AS a3, try_avg(i) AS a4 FROM src GROUP BY array_min(array(i, -1, CAST(NULL AS INT)))")
OUTPUT_MODE = "update"
