from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nvl2(F.when(col("b"), col("dt")).when(col("b"), F.to_date(lit("2025-03-01"))).when((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("dt")).otherwise(col("dt")), col("dt"), F.to_date(lit("2025-03-01")))).withColumn("n", F.when(col("b"), (col("n") + col("n"))).when(col("b"), F.try_subtract(col("m"), col("m"))).when(col("i").eqNullSafe(col("n")), (col("n") + F.when(col("b"), lit(1.25).cast("decimal(3,2)")).when(col("b"), col("n")).when(col("b"), col("n")))).otherwise(col("n"))).drop("d", "m", "s", "b", "dt", "ts").where((lit(5).isNotNull() | col("s").isNull()))
OUTPUT_MODE = "append"
