from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(k <> 86400L)").createOrReplaceTempView("src")
result = spark.sql("SELECT (i - i) AS k1, min(substring(lcase(s), 5, 0)) AS a1, round(avg(d), 2) AS a2, sum(CASE WHEN (string(i) LIKE '%o%') THEN (i - i) ELSE 0 END) AS a3 FROM src GROUP BY k1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
