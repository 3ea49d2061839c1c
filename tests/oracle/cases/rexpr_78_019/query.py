from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where(col("t").isNotNull()).createOrReplaceTempView("src")
result = spark.sql("SELECT (d * n) AS k1, (max(day(dt)) - min(day(dt))) AS a1, count_if(b) AS a2, sort_array(collect_set(t)) AS a3, min(((3.75D * d) * CASE WHEN b THEN f WHEN (s < '日本') THEN d ELSE d END)) AS a4 FROM src GROUP BY (d * n) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
