from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, n DECIMAL(5,3), m DECIMAL(18,6), b BOOLEAN, k BIGINT, t STRING, i INT, f FLOAT, dt DATE, s STRING, d DOUBLE").json(INPUT)
result = df.withColumn("c1", ((col("m") - col("m")) + (col("i") * col("n")))).withColumn("c2", F.regexp_like(F.concat(col("t"), col("s"), F.when(col("b"), col("t")).otherwise(col("s"))), lit("o$"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
