from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "d", col("ts").cast("bigint").alias("c1"), (col("b") | col("b")).alias("c2"), expr("try_divide(CASE WHEN (s <= '日本') THEN d WHEN b THEN 0.001D ELSE d END, months_between(dt, ts))").alias("c3"))
OUTPUT_MODE = "append"
