from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("f") <= lit(100.0))).select("id", col("m").try_cast("bigint").alias("c1"), F.when(col("b"), col("i")).otherwise(col("i")).eqNullSafe(col("i")).alias("c2"), expr("(CASE WHEN b THEN f ELSE d END IS NULL)").alias("c3"))
OUTPUT_MODE = "append"
