from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, s STRING, d DOUBLE, j INT, t STRING, n DECIMAL(4,1), dt DATE, ts TIMESTAMP, b BOOLEAN, m DECIMAL(10,2)").load(INPUT)
result = df.withColumn("c1", expr("unix_timestamp(coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00'))")).withColumn("c2", F.when((col("m") <= expr("12.345")), F.bround(F.round((col("n") - col("n")), 1), 0)).when(col("id").cast("boolean"), F.when(col("b"), col("m")).when(col("b"), lit(1.25).cast("decimal(3,2)")).when((col("id") >= lit(0).cast("bigint")), col("n")).otherwise(col("m")))).withColumn("c3", expr("(NOT i)")).withColumn("c4", F.split_part(F.greatest(F.coalesce(col("b"), (col("id") <= lit(0).cast("bigint")), lit(True)).cast("string"), F.rtrim(F.regexp_replace(col("s"), "[0-9]+", "#")), F.regexp_substr(col("t"), lit("[0-9]+"))), lit("-"), lit(2))).drop("i", "d", "j", "ts", "b", "m")
OUTPUT_MODE = "append"
