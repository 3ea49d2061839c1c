from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00")))).select("id", expr("(day(dt) % nullif(find_in_set('x-y', s), 0)) AS c1"), expr("try_add(12, (10 + i))").alias("c2")).where((col("id") != lit(3).cast("bigint")))
OUTPUT_MODE = "append"
