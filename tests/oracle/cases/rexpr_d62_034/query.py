from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, m DECIMAL(10,2), n DECIMAL(4,1), d DOUBLE, t STRING, b BOOLEAN, k BIGINT, i INT, s STRING, ts TIMESTAMP").json(INPUT)
result = df.select("id", "m", F.bround((col("n") / F.nullif(col("m"), lit(0))), 0).alias("c1"), expr("coalesce(b, array_contains(split(s, ','), 'o'), false)").alias("c2"), F.nvl2(F.greatest(col("m"), col("m"), col("n")), F.when(col("b"), col("d")).when(col("s").isNotNull(), col("d")).when(col("n").isNotNull(), col("d")), lit(0.5)).alias("c3"), col("d").isin(lit(0.1), lit(-1.5)).alias("c4"))
OUTPUT_MODE = "append"
