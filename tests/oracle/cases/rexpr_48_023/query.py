from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), dt DATE, j INT, d DOUBLE, s STRING, i INT, b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.filter(((~col("d").isNotNull()) | col("b").isNotNull())).select("id", expr("greatest(CASE WHEN b THEN floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) WHEN contains(s, 'a') THEN (i + id) WHEN (j IS NOT NULL) THEN (1000L * 2) ELSE CASE WHEN b THEN id WHEN (b IS NOT TRUE) THEN id WHEN b THEN id ELSE id END END, id, floor(CASE WHEN abs(round(-1.5D, 3)) < 1e9D THEN round(-1.5D, 3) END))").alias("c1"), F.coalesce(col("id"), lit(3).cast("bigint")), F.abs((lit(0) * col("i"))).alias("c3"))
OUTPUT_MODE = "append"
