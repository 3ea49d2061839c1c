from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(18,6), ts TIMESTAMP, dt DATE, s STRING, t STRING, b BOOLEAN, i INT, d DOUBLE").json(INPUT)
result = df.select(F.regexp_replace(F.when(col("b"), lit("a")).when(col("b"), col("t")).when((col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("s")).otherwise(col("s")), "[aeiou]", "*").alias("c1"), expr("round(round(d, 0), -1)").alias("c2"), (col("m") / F.nullif(col("i"), lit(0))).alias("c3"), F.nullif(F.upper(F.nullif(F.nullif(lit("42"), lit("a")), lit("日本"))), lit("日本")).alias("c4")).filter("(contains(date_format(ts, 'yyyy-MM-dd'), 'a') OR (ts <> TIMESTAMP'2024-02-29 00:00:00'))")
OUTPUT_MODE = "append"
