from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", F.when(col("b"), col("id")).otherwise((col("id") - col("id"))).alias("c1"), ((col("i") + col("id")) + lit(3)).alias("c2")).filter((col("m") <= expr("99.99")))
OUTPUT_MODE = "append"
