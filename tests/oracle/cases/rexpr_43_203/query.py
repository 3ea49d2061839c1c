from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("n") / F.nullif(col("n"), lit(0))).alias("c1"), (F.pmod(col("i"), F.nullif(col("i"), lit(0))) * lit(1)).alias("c2"), expr("upper(s)").alias("c3"), (col("n") / expr("2.5")).alias("c4"), F.when(col("d").isNotNull(), F.when(col("d").isNotNull(), lit(-4)).when((col("m") < lit(1.25).cast("decimal(3,2)")), col("i")).otherwise(col("i"))).otherwise(col("i")).eqNullSafe(expr("0.5")).alias("c5"))
OUTPUT_MODE = "append"
