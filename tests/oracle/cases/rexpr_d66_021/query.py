from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT size(array_distinct(split(least(t, s), '-'))) AS k1, max(CASE WHEN (dt <= DATE'2024-02-29') THEN id WHEN (d IS NOT NULL) THEN id ELSE id END) AS a1, min(coalesce(s, t, 'abc')) AS a2, sort_array(collect_set(i)) AS a3, max(id) AS a4 FROM src GROUP BY size(array_distinct(split(least(t, s), '-')))")
OUTPUT_MODE = "update"
