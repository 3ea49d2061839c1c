from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (i + length(s)) AS k1, (0 * 1) AS k2, sum((round(m, -1) + pmod((0.001 / nullif(m, 0)), nullif((m - i), 0)))) AS a1, sum(d) AS a2, min(CASE WHEN (d <> m) THEN id WHEN false THEN 3L WHEN b THEN greatest(id, 1000L) ELSE ((i - i) + id) END) AS a3, max((m % nullif(m, 0))) AS a4, max((id / i)) AS a5 FROM src GROUP BY k1, k2")
OUTPUT_MODE = "complete"
