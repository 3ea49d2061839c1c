from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("b"), col("ts"))).withColumn("c2", (F.minute(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) * F.try_divide(col("d"), col("j")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
