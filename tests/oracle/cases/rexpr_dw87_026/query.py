from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("(((0.001D <= m) OR (id <= -2L)) OR (d > 100.0D))").createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(j AS BOOLEAN) AS k1, max(ts) AS a1, max((greatest(i, (10 * i), CAST((i | 3) AS INT)) + (length(s) + ascii('')))) AS a2, count_if((m != (d / nullif(j, 0)))) AS a3, max(nullif(ts, TIMESTAMP'1999-12-31 23:59:59.999')) AS a4 FROM src GROUP BY CAST(j AS BOOLEAN) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
