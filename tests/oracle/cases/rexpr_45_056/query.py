from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(i < 10)").createOrReplaceTempView("src")
result = spark.sql("SELECT (pmod(86400L, nullif(i, 0)) IS NULL) AS k1, (pmod(id, nullif(i, 0)) >= CASE WHEN (n >= 1.25) THEN id END) AS k2, sort_array(collect_set(CASE WHEN b THEN s WHEN coalesce(b, false) THEN CAST(-3.10 AS STRING) WHEN b THEN s ELSE s END)) AS a1, sum(m) AS a2, round(avg((nullif(d, 2.0D) - d)), 3) AS a3, count((b OR (s <= 'Hello'))) AS a4 FROM src GROUP BY k1, k2 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
