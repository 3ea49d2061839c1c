from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(pmod(-2L, 2) * 0)")).withColumn("c2", F.when(col("b"), F.trunc(col("dt"), "YEAR")).when(F.isnan(F.when(col("b"), col("d")).when(col("b"), col("d")).otherwise(col("d"))), col("dt")).when(F.isnan((col("d") / F.nullif(col("j"), lit(0)))), F.date_add(col("dt"), lit(0))).otherwise(col("dt"))).withColumn("c3", expr("(i + j)")).withColumn("c4", F.unix_timestamp(col("dt"))).withColumn("c5", expr("(ts IS NULL)")).withColumn("m", (col("m") * col("m"))).drop("d", "s", "b")
OUTPUT_MODE = "append"
