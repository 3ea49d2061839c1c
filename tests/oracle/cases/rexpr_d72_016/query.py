from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (n + d) AS k1, sum(CASE WHEN (t >= repeat(s, -1)) THEN n ELSE 0 END) AS a1, (max(bround((i + d), 1)) - min(bround((i + d), 1))) AS a2, round(avg(d), 0) AS a3, sum(CASE WHEN (d < j) THEN (i - i) ELSE 0 END) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
