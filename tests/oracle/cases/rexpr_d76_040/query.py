from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, m DECIMAL(12,4), dt DATE, ts TIMESTAMP, b BOOLEAN, s STRING, f FLOAT, k BIGINT, i INT, j INT, d DOUBLE").json(INPUT)
result = df.where((~col("b"))).select(F.when(col("i").eqNullSafe(col("k")), col("id")).when(lit(True), (lit(2) * col("id"))).when((col("id") == lit(None).cast("int")), col("id")).otherwise(lit(None).cast("bigint")).alias("c1"), F.date_trunc("SECOND", col("ts")).alias("c2"), F.least(col("dt").cast("timestamp"), F.date_trunc("WEEK", col("ts")), col("ts")), expr("((m <= 0.001) AND b) AS c4")).where(((col("f") <= col("i")) | (col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
