from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, n DECIMAL(9,5), dt DATE, b BOOLEAN, m DECIMAL(12,4), s STRING, d DOUBLE, t STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, round(avg(0.5D), 3) AS a1, count_if((b AND coalesce(ifnull((ts > TIMESTAMP'1999-12-31 23:59:59.999'), false), (t >= 'abc'), false))) AS a2, count(id) AS a3, bool_and(b) AS a4 FROM src GROUP BY i")
OUTPUT_MODE = "complete"
