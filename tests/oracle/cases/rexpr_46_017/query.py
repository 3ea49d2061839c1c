from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("s", expr("trim(s)")).withColumn("c2", F.when(col("b"), col("b")).when((col("id") != col("i")), col("b")).when(col("b"), col("b")).otherwise(col("ts").isNull())).withColumn("dt", F.least(F.trunc(col("dt"), "MM"), col("dt"))).withColumn("c4", F.nullif(col("i"), lit(3)).between(lit(5), lit(-1))).drop("i", "d", "n", "t", "b").where(F.coalesce(F.when(col("n").isNotNull(), col("b")).when(col("n").eqNullSafe(col("d")), col("n").isNotNull()).otherwise((col("d") < lit(0.5))), lit(True)))
OUTPUT_MODE = "append"
