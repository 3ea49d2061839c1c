from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("bround(CASE WHEN (dt <> to_date('2024-02-29')) THEN f ELSE d END, 0) AS k1"), (lit(5) / F.nullif(col("i"), lit(0))).alias("k2")).agg(expr("count_if(endswith(s, '')) AS a1"), expr("max(CAST(NULL AS STRING)) AS a2"), expr("min(CASE WHEN (s IS NOT NULL) THEN ceil(m) WHEN b THEN m WHEN (m <=> f) THEN (m / nullif(m, 0)) ELSE 99.99 END) AS a3"))
OUTPUT_MODE = "update"
