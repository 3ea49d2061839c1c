from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c1", expr("element_at(split(s, ' '), 3)")).withColumn("t", F.regexp_replace(col("s"), "[0-9]+", "#")).withColumn("c3", expr("exp(nvl((bround(m, -1) - d), 0.001D))")).withColumn("c4", lit("o").try_cast("bigint")).withColumn("c5", (col("i") - F.char_length(F.format_string("%s-%d", col("dt").cast("string"), F.when(col("b"), lit(1).cast("bigint")).when((col("m") <= lit(12.345).cast("decimal(5,3)")), lit(-2).cast("bigint")).when(col("b"), col("id")).otherwise(lit(0).cast("bigint")))))).select("id", "c1", "c3", "c4", "c5")
OUTPUT_MODE = "append"
