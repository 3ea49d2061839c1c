from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nullif(col("t").try_cast("timestamp"), F.to_timestamp(lit("2024-02-29 00:00:00")))).withColumn("c2", expr("CAST(i AS DECIMAL(20,0))")).withColumn("c3", F.bround(col("d"), 0)).withColumn("c4", expr("(1L + d)"))
OUTPUT_MODE = "append"
