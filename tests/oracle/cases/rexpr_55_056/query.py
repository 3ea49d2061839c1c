from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN (NOT b) THEN s WHEN false THEN s WHEN b THEN t ELSE t END").alias("c1"), F.when(col("b"), col("dt")).when((~col("b")), col("dt")).when(col("b").isNotNull(), col("dt")).otherwise(col("dt")).alias("c2")).where((col("m") != lit(99.99).cast("decimal(4,2)")))
OUTPUT_MODE = "append"
