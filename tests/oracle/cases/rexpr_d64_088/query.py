from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(m + i)")).withColumn("c2", col("d")).withColumn("c3", expr("CASE WHEN (b <> false) THEN nullif(CASE b WHEN true THEN m ELSE m END, -3.10) WHEN b THEN m WHEN (m <> k) THEN m ELSE m END")).drop("k", "m", "s", "b")
OUTPUT_MODE = "append"
