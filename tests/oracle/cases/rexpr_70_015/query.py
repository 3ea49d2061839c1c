from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, f FLOAT, j INT, i INT, k BIGINT, m DECIMAL(10,2), dt DATE, b BOOLEAN, d DOUBLE").load(INPUT)
result = df.where("coalesce(coalesce((b AND (i IS NOT NULL)), true), true)").select("id", expr("concat(s, s) AS c1"), F.repeat(F.when(col("b"), col("s")).when((col("s") < lit("Hello")), col("s")).otherwise(lit("abc")), 1).alias("c2"), F.coalesce(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))).cast("date").alias("c3")).filter("(startswith(s, 'a') OR (d > CAST('NaN' AS DOUBLE)))")
OUTPUT_MODE = "append"
