from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (0 * i) AS k1, max(make_timestamp(year(dt), month(dt), dayofmonth(dt), 0, 59, 59.999999)) AS a1, min(ts) AS a2, count(date_trunc('DAY', date_trunc('yyyy', TIMESTAMP'1999-12-31 23:59:59.999'))) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
