from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("hash(12, dt)"), F.when(F.isnan(col("d")), F.when(col("b").eqNullSafe(lit(False)), (col("m") / F.nullif(col("i"), lit(0)))).when(lit(False), (col("m") + col("n"))).otherwise(col("n"))).otherwise(col("n")).alias("c2"), expr("ifnull(date_sub(dt, i), to_date('2024-02-29'))").alias("c3"), F.when((col("i") > lit(5)), col("id")).otherwise(F.nullif(col("id"), lit(86400).cast("bigint"))).alias("c4"), (col("i") + F.when(col("b"), col("i")).otherwise(col("i"))).alias("c5"))
OUTPUT_MODE = "append"
