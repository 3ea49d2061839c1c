from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, s STRING, j INT, dt DATE, m DECIMAL(10,2), i INT, f FLOAT, n DECIMAL(20,0), ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("months_between(nullif(next_day(dt, 'wednesday'), DATE'2024-02-29'), CASE WHEN (dt >= DATE'2025-03-01') THEN timestamp_seconds(i) WHEN (ts IS NOT NULL) THEN ts WHEN contains(s, ' ') THEN ts ELSE CAST(NULL AS TIMESTAMP) END)").alias("c1"), (-col("f")).alias("c2"), ((col("m") - expr("0.5")) * col("i")).alias("c3"), (F.pmod(col("id"), lit(-4)) + (lit(10) - col("id"))).alias("c4")).filter("(id >= 0L)")
OUTPUT_MODE = "append"
