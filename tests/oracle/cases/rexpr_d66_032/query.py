from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT round(d, -1) AS k1, CASE WHEN (j > -1) THEN b END AS k2, avg(nullif(round(n, 3), 0.5)) AS a1, bool_or((s <=> substr('o', 2, 3))) AS a2, count_if(contains(regexp_substr(s, 'o.'), 'o')) AS a3 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "update"
