from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), dt DATE, ts TIMESTAMP, s STRING, d DOUBLE, n DECIMAL(20,0), i INT, t STRING, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", F.date_trunc("MINUTE", col("ts"))).withColumn("c2", F.when(col("b"), col("id")).when((col("id") <= lit(0).cast("bigint")), col("id")).when(col("b"), col("id")).otherwise(lit(86400).cast("bigint"))).withColumn("c3", expr("greatest(date_add(dt, i), CASE b WHEN false THEN CASE WHEN b THEN dt WHEN (id IS NOT NULL) THEN dt ELSE dt END WHEN true THEN dt ELSE dt END, dt)")).withColumn("i", F.octet_length(F.ltrim(F.format_string("%s-%d", col("s"), col("id"))))).withColumn("c5", F.try_add((col("id") / F.nullif(col("d"), lit(0))), col("d"))).drop("dt", "ts", "s", "d", "b").where(((col("b") & col("b")) | col("d").isNull()))
OUTPUT_MODE = "append"
