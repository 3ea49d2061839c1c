from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, j INT, b BOOLEAN, m DECIMAL(10,2), ts TIMESTAMP, i INT, dt DATE, s STRING, n DECIMAL(20,0)").json(INPUT)
result = df.where((col("j") == lit(5))).groupBy(expr("(b OR (b IS NOT NULL)) AS k1"), "s").agg(F.bool_or(F.when(col("b"), col("d")).when((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))), lit(float("nan"))).when(col("b"), col("d")).isNotNull()).alias("a1"), expr("min(d) AS a2"))
OUTPUT_MODE = "update"
