from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (expr("('2.5' * CAST(d AS DOUBLE))") <= F.when(col("b"), col("d")).when((col("s") == lit("")), col("d")).otherwise(col("d"))).alias("c1"), expr("nullif(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'2024-02-29 00:00:00') AS c2")).filter(((col("i") < lit(10)) | col("b")))
OUTPUT_MODE = "append"
