from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((~(col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("k1")).agg(F.count((col("n") / F.nullif(col("i"), lit(0)))).alias("a1"), expr("count_if(CAST(5 AS BOOLEAN)) AS a2"))
OUTPUT_MODE = "update"
