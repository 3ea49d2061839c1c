from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("nullif(j, 2)").alias("c1"), F.nvl2(F.bround(col("m"), -1), F.hash(F.log(col("j"))), lit(1)).alias("c2"), expr("round(m, 1)").alias("c3"), F.bround(col("m"), 1).alias("c4"), F.when(F.when((col("s") < lit("42")), col("i")).when((col("d") <= lit(0.5)), col("i")).when((col("s") != lit("Hello")), F.least(col("i"), col("i"), col("i"))).otherwise(F.dayofweek(col("dt"))).isin(lit(-1), lit(5)), col("id")).otherwise(F.nvl2(col("s"), col("id"), lit(86400).cast("bigint"))).alias("c5")).filter("coalesce(((c5 < -2L) OR (c5 IS NOT NULL)), true)")
OUTPUT_MODE = "append"
