from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, m DECIMAL(12,4), d DOUBLE, ts TIMESTAMP, t STRING, b BOOLEAN, i INT").load(INPUT)
result = df.groupBy(col("i").alias("k1")).agg(expr("count_if((CASE WHEN (id > 1L) THEN to_date('2025-03-01') WHEN b THEN dt ELSE dt END >= CAST(ts AS DATE))) AS a1"), expr("count(i) AS a2"), F.max(F.isnull(col("d")).cast("bigint")).alias("a3"))
OUTPUT_MODE = "update"
