from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, ts TIMESTAMP, t STRING, i INT, d DOUBLE, k BIGINT, s STRING, dt DATE, n DECIMAL(4,1), m DECIMAL(12,4)").json(INPUT)
result = df.withColumn("c1", expr("greatest(locate(' ', s, 1), second(TIMESTAMP'2024-02-29 00:00:00'), (-1 - i))")).withColumn("c2", col("k").isNotNull()).withColumn("c3", F.coalesce(col("m"), col("m"), expr("1.25")))
OUTPUT_MODE = "append"
