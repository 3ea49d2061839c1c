from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(ts + INTERVAL 36 HOURS)")).withColumn("c2", col("ts").cast("bigint")).withColumn("c3", F.exists(F.split(col("t"), " "), lambda x: x == lit(""))).withColumn("c4", expr("(i - id)")).withColumn("c5", expr("exp(abs(CASE WHEN (s IS NOT NULL) THEN d ELSE coalesce(d, d, 0.1D) END))")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
