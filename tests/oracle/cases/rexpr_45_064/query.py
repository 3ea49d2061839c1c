from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.translate(col("s"), "abc", "").alias("c1"), F.nullif((F.least(lit(1).cast("bigint"), col("id")) + col("i").cast("bigint")), lit(86400).cast("bigint")).alias("c2"), ((col("s") >= lit("é")) & (col("s") <= lit("42"))).alias("c3"), F.when(col("b"), col("i")).otherwise(col("i")).alias("c4"))
OUTPUT_MODE = "append"
