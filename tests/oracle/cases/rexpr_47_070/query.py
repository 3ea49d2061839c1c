from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(t = 'Hello')").withColumn("c1", (col("m") / lit(7))).withColumn("m", F.when((col("j") == lit(10)), col("m")).otherwise(expr("12.345"))).withColumn("c3", F.greatest(expr("100BD"), F.when(col("b"), col("c1")).otherwise(expr("1.25")))).drop("k", "f", "t", "dt", "ts")
OUTPUT_MODE = "append"
