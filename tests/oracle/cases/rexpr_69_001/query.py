from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(1L >= d) AS k1")).agg(expr("avg((- (dayofweek(DATE'2024-02-29') * n))) AS a1"), expr("(max(d) - min(d)) AS a2"), F.min(col("i")).alias("a3"), expr("datediff(max(CASE WHEN (0.001D <=> id) THEN DATE'2023-12-31' WHEN b THEN CASE s WHEN ' ' THEN dt END ELSE dt END), min(CASE WHEN (0.001D <=> id) THEN DATE'2023-12-31' WHEN b THEN CASE s WHEN ' ' THEN dt END ELSE dt END)) AS a4"))
OUTPUT_MODE = "update"
