from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, count_if((s LIKE '%e')) AS a1, sort_array(collect_set((i - i))) AS a2, max((id / i)) AS a3 FROM src GROUP BY i ORDER BY i")
OUTPUT_MODE = "complete"
ORDERED = True
