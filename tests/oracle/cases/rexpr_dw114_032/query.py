from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when((col("d") > lit(0.5)), col("id")).when(col("b"), col("id")).when(col("b"), col("k")).otherwise(col("k")), expr("timestamp_millis(i)").alias("c2"))
OUTPUT_MODE = "append"
