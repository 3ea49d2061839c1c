from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), b BOOLEAN, i INT, d DOUBLE, j INT, ts TIMESTAMP, dt DATE, s STRING, m DECIMAL(7,0)").load(INPUT)
result = df.select(F.when((col("d") != lit(100.0)), col("ts")).when((col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("ts")).otherwise(col("ts")), (col("b") | col("ts").isNotNull()).alias("c2"), F.when(col("b"), lit(-1)).when(col("b"), col("i")).otherwise(col("i")).cast("timestamp").alias("c3"), F.floor(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))).alias("c4"), ((col("m") * (lit(5) - lit(3))) % expr("10.5")).alias("c5")).where((col("b") | (col("d") < lit(0.001))))
OUTPUT_MODE = "append"
