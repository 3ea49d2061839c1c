from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((((lit(0) * col("i")) < F.when((col("t") > lit("x-y")), lit(100.0)).otherwise(col("d"))) | (col("s") <= lit("")))).selectExpr("id", "CAST(d AS DECIMAL(6,2)) AS c1", "greatest(TIMESTAMP'2024-03-01 12:30:00.123456', ts, ts)", "TRY_CAST(t AS TIMESTAMP) AS c3", "round((m / 10.5)) AS c4")
OUTPUT_MODE = "append"
