from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (-(lit(2) * lit(3))), (col("id").isNotNull().cast("bigint") - col("i")).alias("c2"), expr("nullif(date_trunc('QUARTER', CASE WHEN (id = -2L) THEN ts WHEN (n < 0.001) THEN ts WHEN (s <> 'é') THEN ts ELSE ts END), TIMESTAMP'2024-02-29 00:00:00')").alias("c3"), F.left(col("s"), lit(2)).alias("c4"))
OUTPUT_MODE = "append"
