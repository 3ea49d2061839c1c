from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, d DOUBLE, j INT, s STRING, k BIGINT, i INT, m DECIMAL(12,4), b BOOLEAN, n DECIMAL(5,3), f FLOAT, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, cosh(f / 100) AS k2, count(j) AS a1, max(make_timestamp_ntz(2024, 2, 30, 0, 0, 0)) AS a4, try_sum((i + 0)) AS a2, any_value((ts IS NOT NULL) IS NOT NULL) AS a3 FROM src GROUP BY i, k2 HAVING count(*) >= 1 ORDER BY i, k2")
OUTPUT_MODE = "complete"
ORDERED = True
