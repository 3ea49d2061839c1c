from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("pow(2.0D, 2) AS k1")).agg(expr("min(t) AS a1"), expr("count((CASE WHEN (d > 0.5D) THEN n WHEN (s = '') THEN m WHEN b THEN m ELSE m END * n)) AS a2"))
OUTPUT_MODE = "update"
