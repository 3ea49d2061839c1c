from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, min(d) AS a1, count(nvl2((s IS NOT NULL), ts, TIMESTAMP'2024-02-29 00:00:00')) AS a2, try_avg((m - m)) AS a3, size(collect_union(array(unix_date(make_date(2024, 1, 1)) + i % 3, NULL))) AS a4 FROM src GROUP BY i")
OUTPUT_MODE = "update"
