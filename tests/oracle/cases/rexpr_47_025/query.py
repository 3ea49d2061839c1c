from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, ts TIMESTAMP, d DOUBLE, dt DATE, i INT, b BOOLEAN, m DECIMAL(10,2), t STRING, k BIGINT").json(INPUT)
result = df.select(F.pmod(col("i"), F.nullif(col("i"), lit(0))).cast("boolean").alias("c1"), expr("TRY_CAST(s AS DATE)").alias("c2"), F.round(F.when(col("b"), lit(3.75)).when(col("d").isin(lit(0.1)), col("d")).when(col("b"), (col("id") * col("d"))).otherwise(col("d")), 3).alias("c3"), (col("i") + col("m")).alias("c4"))
OUTPUT_MODE = "append"
