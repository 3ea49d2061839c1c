from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.char_length(col("s")).alias("c1"), expr("date_trunc('DAY', nullif((ts + INTERVAL 36 HOURS), TIMESTAMP'2024-03-01 12:30:00.123456'))").alias("c2"), (col("i") - col("id")).alias("c3"))
OUTPUT_MODE = "append"
