from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("ts").isNotNull() | col("t").isNotNull())).select("d", expr("CAST((ts >= TIMESTAMP'2024-03-01 12:30:00.123456') AS BIGINT)").alias("c1"), F.abs(F.nvl2(col("m"), col("m"), expr("0.001"))).alias("c2"))
OUTPUT_MODE = "append"
