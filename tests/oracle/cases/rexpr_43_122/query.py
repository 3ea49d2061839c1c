from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, dt DATE, m DECIMAL(10,2), t STRING, ts TIMESTAMP, n DECIMAL(9,5), i INT, b BOOLEAN, d DOUBLE, f FLOAT").load(INPUT)
df.filter("((s RLIKE '^\\\\s') OR (d IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT (n <> 99.99) AS k1, CASE WHEN (b IS NOT NULL) THEN d ELSE d END AS k2, round(avg(n), 3) AS a1, max(ts) AS a2 FROM src GROUP BY (n <> 99.99), CASE WHEN (b IS NOT NULL) THEN d ELSE d END HAVING count(*) >= 1")
OUTPUT_MODE = "update"
