from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("cbrt((n * coalesce(0, 1))) AS c1"), F.conv(col("s"), 10, 2).alias("c2"), expr("nullif(regexp_extract(s, '([0-9]+)', 1), 'a')").alias("c3"), expr("(CASE WHEN (k > 1000L) THEN n ELSE n END * coalesce(i, 5))").alias("c4"), expr("CAST(s AS INT)").alias("c5")).where((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))))
OUTPUT_MODE = "append"
