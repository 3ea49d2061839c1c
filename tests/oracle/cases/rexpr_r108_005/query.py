from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, j INT, dt DATE, s STRING, d DOUBLE, ts TIMESTAMP, b BOOLEAN, i INT, m DECIMAL(7,0)").json(INPUT)
result = df.select("id", expr("CASE WHEN coalesce(b, false) THEN CASE WHEN b THEN ts WHEN b THEN ts WHEN (s >= 'é') THEN ts ELSE ts END ELSE ts END").alias("c1"), expr("CAST(make_timestamp_ntz(2024, abs(array_min(array((1 * 10), shiftrightunsigned(1, 28), CAST(NULL AS INT)))) % 12 + 1, 29, 10, 30, 45.5) AS STRING)").alias("c2")).filter("(isnull(3L) OR (b IS NOT NULL))")
OUTPUT_MODE = "append"
