from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, s STRING, n DECIMAL(5,3), dt DATE, ts TIMESTAMP, b BOOLEAN, j INT, d DOUBLE, i INT, m DECIMAL(18,6)").json(INPUT)
result = df.where((col("id") >= lit(86400).cast("bigint"))).groupBy("i").agg((F.max(F.round(col("n"))) - F.min(F.round(col("n")))).alias("a1"), F.round(F.avg(F.when(col("b"), col("m")).when(col("s").contains("é"), col("m")).when((col("b") | (col("m") < expr("0.5"))), (col("n") - col("i"))).otherwise(F.pmod(col("m"), expr("2.5")))), 3).alias("a2")).orderBy("i")
OUTPUT_MODE = "complete"
ORDERED = True
