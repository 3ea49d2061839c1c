from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, t STRING, i INT, b BOOLEAN, d DOUBLE, s STRING, k BIGINT, m DECIMAL(18,6), ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (d BETWEEN 2.0D AND CAST('NaN' AS DOUBLE)) THEN CAST(coalesce(dt, dt, DATE'2025-03-01') AS TIMESTAMP) ELSE CAST(NULL AS TIMESTAMP) END")).withColumn("c2", expr("month(date_trunc('QUARTER', c1))"))
OUTPUT_MODE = "append"
