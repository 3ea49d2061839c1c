from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((F.abs((lit(5) + col("i"))) > (col("id") - F.pmod(col("id"), lit(3)))) | col("n").isNull())).withColumn("c1", (F.when((col("m") != lit(100).cast("decimal(3,0)")), col("i")).when((col("t") < col("s")), col("i")).when(col("d").isin(lit(0.001), lit(100.0)), col("i")).otherwise(F.nvl(lit(3), lit(0))) - col("i"))).withColumn("c2", expr("coalesce(i, 12)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
