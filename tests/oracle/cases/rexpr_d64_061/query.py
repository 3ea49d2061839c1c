from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(((ts - INTERVAL '1-2' YEAR TO MONTH) IS NOT NULL) OR (ts > TIMESTAMP'2024-02-29 00:00:00'))").withColumn("c1", F.greatest(lit(2.0), lit(3.75))).withColumn("c2", expr("try_subtract(CAST(true AS INT), i)")).withColumn("c3", F.nullif((col("i") / lit(3)), lit(0.1))).withColumn("c4", F.when(F.array_contains(F.split(col("t"), ","), "a"), F.nullif(col("id"), lit(0).cast("bigint")))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
