from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), s STRING, dt DATE, b BOOLEAN, ts TIMESTAMP, i INT, m DECIMAL(18,6), d DOUBLE").load(INPUT)
result = df.groupBy(expr("try_divide(CASE WHEN b THEN d ELSE d END, date_part('QUARTER', dt)) AS k1")).agg(F.min(F.round(col("d"))).alias("a1"), F.sum(F.when((F.regexp_like(col("s"), lit("[aeiou]{2}")) | F.when((col("i") >= lit(-1)), (col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).when(col("ts").isNotNull(), col("ts").isNotNull())), col("i")).otherwise(lit(0))).alias("a2"))
OUTPUT_MODE = "update"
