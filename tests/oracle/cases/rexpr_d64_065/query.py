from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s").agg(F.max((col("m") * col("m") * col("m") * col("m") * col("m"))).alias("a3"), F.sum(F.when((lit(12) <= col("i")), (col("i") + col("i"))).otherwise(lit(0))).alias("a1"), F.count_if(col("i").cast("boolean")).alias("a2"))
OUTPUT_MODE = "complete"
