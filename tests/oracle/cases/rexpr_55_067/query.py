from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nullif(F.log2(F.floor(col("n"), 1)), lit(0.001))).withColumn("c2", (col("ts") + lit(1))).withColumn("c3", F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")))).drop("i", "d", "m", "n", "s", "dt", "ts")
OUTPUT_MODE = "append"
