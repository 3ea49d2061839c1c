from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, n DECIMAL(4,1), m DECIMAL(7,0), dt DATE, s STRING, b BOOLEAN, ts TIMESTAMP, i INT").json(INPUT)
result = df.select("id", (col("n") + F.when(col("b"), col("n")).when(col("b"), expr("0.5"))), (col("n") * lit(1)).alias("c2"), F.try_divide((col("id") / F.nullif(F.octet_length(col("s")), lit(0))), F.least((lit(-1.5) + col("d")), col("d"), col("d"))).alias("c3")).filter((~col("b")))
OUTPUT_MODE = "append"
