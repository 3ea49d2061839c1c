from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(i % nullif(j, 0))")).withColumn("s", expr("greatest(s, '2024-02-29', t)")).withColumn("c3", col("m")).withColumn("c4", expr("(id + id)")).withColumn("c5", expr("CAST(s AS INT)")).withColumn("c6", expr("CASE WHEN (m IS NOT NULL) THEN d WHEN b THEN d WHEN b THEN d ELSE d END")).select("id", "c1", "c3", "c4", "c5", "c6")
OUTPUT_MODE = "append"
