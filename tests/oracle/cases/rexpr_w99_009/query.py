from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, sum(abs(d)) AS a1, (max(i) - min(i)) AS a2, max(CASE WHEN i THEN 1 ELSE 0 END) AS a4, sort_array(collect_set(i)) AS a3 FROM src GROUP BY i")
OUTPUT_MODE = "complete"
