from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("nullif((i / nullif((3 * 3), 0)), 0.1D)").alias("c1"), (F.when(col("b"), (F.when(col("m").isNotNull(), col("m")).when(col("b"), col("m")).when(col("b"), col("m")).otherwise(col("m")) + col("m"))).when(col("b"), lit(-4).try_cast("decimal(6,3)")).when(F.when(col("b"), col("d").between(lit(3.75), lit(0.001))).otherwise(col("s").isNotNull()), F.when(col("i").isin(lit(5)), col("m")).when(F.isnan(col("d")), col("m")).otherwise(col("m"))).otherwise(lit(.5).cast("decimal(2,1)")) / F.nullif(col("i"), lit(0))).alias("c2"))
OUTPUT_MODE = "append"
