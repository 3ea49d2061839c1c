from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((col("i") > lit(0)) | (col("i") > lit(3)))).withColumn("c1", expr("nullif(nullif(DATE'2025-03-01', DATE'2024-02-29'), DATE'2000-01-01')")).withColumn("c2", expr("i")).drop("i", "s")
OUTPUT_MODE = "append"
