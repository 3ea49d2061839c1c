from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(id + d)")).withColumn("c2", (F.coalesce(F.to_timestamp(lit("2024-02-29 00:00:00")), lit(None).cast("timestamp")) + expr("INTERVAL 1 MONTH"))).withColumn("j", (col("i") + col("i"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
