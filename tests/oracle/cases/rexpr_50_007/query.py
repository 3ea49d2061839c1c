from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, m DECIMAL(18,6), s STRING, i INT, dt DATE, j INT, t STRING, n DECIMAL(20,0), b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(i - dayofmonth(dt))").alias("c1"), F.pow(F.least(col("j"), col("j"), col("j")), -1.0).alias("c2"), F.when(col("b"), col("ts")).when((col("id") != (col("m") + col("m"))), F.least(col("ts"), col("ts"), col("ts"))).otherwise(((col("ts") + expr("INTERVAL '1-2' YEAR TO MONTH")) + expr("INTERVAL '90' MINUTE"))).alias("c3"))
OUTPUT_MODE = "append"
