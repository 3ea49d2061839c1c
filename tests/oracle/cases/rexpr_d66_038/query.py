from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("nvl2((m / -4), regexp_like(date_format(DATE'2025-03-01', 'dd.MM.yy'), '[0-9]+'), false)")).withColumn("c2", F.bround(col("d"), 2)).withColumn("c3", F.xxhash64(F.least(col("i"), col("i")), lit("x-y"))).withColumn("c4", F.left(col("ts").cast("string"), lit(2))).withColumn("c5", col("d").cast("int"))
OUTPUT_MODE = "append"
