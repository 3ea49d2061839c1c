from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, ts TIMESTAMP, m DECIMAL(12,4), i INT, dt DATE, s STRING, f FLOAT").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN TRY_CAST(s AS BOOLEAN) THEN d ELSE 0.001D END")).withColumn("c2", ((col("m") * col("m")) - (col("m") - col("m")))).drop("j", "d", "ts", "i", "dt", "s", "f")
OUTPUT_MODE = "append"
