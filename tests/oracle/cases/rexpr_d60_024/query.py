from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT trunc(date_add(dt, i), 'WEEK') AS k1, datediff(max(dateadd(CASE WHEN (s IS NOT NULL) THEN dt WHEN b THEN dt WHEN b THEN dt ELSE DATE'2000-01-01' END, i)), min(dateadd(CASE WHEN (s IS NOT NULL) THEN dt WHEN b THEN dt WHEN b THEN dt ELSE DATE'2000-01-01' END, i))) AS a1, count_if((nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999') IS NOT NULL)) AS a2 FROM src GROUP BY trunc(date_add(dt, i), 'WEEK') HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
