from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(s <=> t)").alias("c1"), (col("d") * col("n")).alias("c2"), ((lit(1) * lit(2)) - col("i")).alias("c3"), F.when((col("b") & (col("f") != lit(0.001))), F.least(col("ts"), col("ts"), col("ts"))).when(col("s").isNull(), F.greatest(col("ts"), col("ts"), col("ts"))).otherwise(F.date_trunc("MINUTE", col("ts"))).alias("c4"))
OUTPUT_MODE = "append"
