from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(b OR (t > 'abc'))").createOrReplaceTempView("src")
result = spark.sql("SELECT (i - i) AS k1, CASE WHEN b THEN CAST(100BD AS STRING) WHEN (false OR b) THEN '42' WHEN b THEN 'o' END AS k2, sum(CASE WHEN nvl(b, true) THEN pmod(2, nullif(j, 0)) ELSE 0 END) AS a1, (max(month(ts)) - min(month(ts))) AS a2, max(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999')) AS a3 FROM src GROUP BY (i - i), CASE WHEN b THEN CAST(100BD AS STRING) WHEN (false OR b) THEN '42' WHEN b THEN 'o' END")
OUTPUT_MODE = "update"
