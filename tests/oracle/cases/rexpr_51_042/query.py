from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, dt DATE, t STRING, s STRING, ts TIMESTAMP, m DECIMAL(12,4), d DOUBLE, n DECIMAL(20,0), i INT, b BOOLEAN, k BIGINT").load(INPUT)
result = df.where((col("f") == lit(0.001))).select(((col("i") * lit(10)) - col("i")).alias("c1"), F.when(col("b"), F.coalesce(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).when(col("b"), F.nvl2(col("i"), col("i"), lit(-1)).cast("timestamp")).alias("c2"), ((lit(5) * col("i")).cast("timestamp") + expr("INTERVAL -3 DAYS")).alias("c3"), ((col("id") - col("i")) % F.nullif(lit(5), lit(0))).alias("c4"))
OUTPUT_MODE = "append"
