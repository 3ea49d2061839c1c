from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("t") != lit("Hello"))).select("id", F.when((col("id") == lit(3).cast("bigint")), col("ts")).when(lit(False), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).when(lit(True), col("ts")).alias("c1"), expr("char_length(substring(t, 2, 10))").alias("c2"), F.month(F.nullif(F.timestamp_seconds(col("i")), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).alias("c3")).filter("(id < 0L)")
OUTPUT_MODE = "append"
