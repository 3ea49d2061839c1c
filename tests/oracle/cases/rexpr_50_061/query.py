from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, s STRING, k BIGINT, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, d DOUBLE, n DECIMAL(5,3), j INT, dt DATE, t STRING").json(INPUT)
result = df.groupBy((col("k") == col("d")).alias("k1"), expr("CASE WHEN b THEN j WHEN b THEN j WHEN (dt <> to_date('2000-01-01')) THEN j END AS k2")).agg(expr("round(avg(n), 0) AS a1"), expr("max(CASE WHEN (b IS NOT TRUE) THEN CASE WHEN (dt <= to_date('2000-01-01')) THEN d WHEN b THEN d WHEN b THEN d ELSE d END WHEN (id <=> d) THEN d WHEN (t > '') THEN d ELSE d END) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
