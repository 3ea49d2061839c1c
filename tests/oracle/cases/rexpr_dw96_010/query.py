from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT coalesce(b, false))").withColumn("c1", F.contains(col("t"), lit("H"))).withColumn("c2", F.tanh(F.when(col("b"), col("m")).when(col("b"), F.round(col("m"), 0)).when((col("d") == lit(3.75)), col("m")).otherwise(col("m")))).withColumn("c3", (col("b") | col("dt").isNull())).withColumn("c4", F.sign(col("m"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
