from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter("coalesce((s BETWEEN '42' AND 'x-y'), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN month(ts) WHEN (s IS NOT NULL) THEN j WHEN isnan(d) THEN i ELSE TRY_CAST(i AS INT) END AS k1, count_if(CASE WHEN coalesce((j = 2), true) THEN (id IS NOT NULL) WHEN (i IS NULL) THEN ('x-y' <= t) ELSE (dt <> DATE'2024-02-29') END) AS a1, round(avg(locate('o', s, 1)), 3) AS a2, min(dt) AS a3, count_if((k <= n)) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
