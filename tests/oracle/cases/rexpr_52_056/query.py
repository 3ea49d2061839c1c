from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("i", expr("CASE month(dt) WHEN 10 THEN CASE WHEN b THEN id ELSE id END ELSE CASE WHEN (id > -2L) THEN id WHEN b THEN -2L WHEN b THEN id ELSE id END END").alias("c1"), F.least(F.when((col("i") <= lit(0)), col("d")).when(col("ts").isNotNull(), col("d")).when(col("b"), col("d")).otherwise(col("d")), col("d")).alias("c2"), expr("trunc(dt, 'WEEK')").alias("c3"), F.coalesce((col("m").isNotNull() & (col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00")))), lit(False)).alias("c4"), F.nvl2(col("id").cast("boolean"), col("n"), expr("100BD")).alias("c5")).where((col("c5") == lit(.001).cast("decimal(4,3)")))
OUTPUT_MODE = "append"
