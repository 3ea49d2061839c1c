from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CAST(crc32(s) AS BOOLEAN)").alias("c1"), expr("TRY_CAST(s AS BOOLEAN)").alias("c2"), expr("((n / nullif(m, 0)) * ((id / 7.0D) - m))").alias("c3"), (-col("d")).alias("c4")).where("(CASE b WHEN true THEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') END OR (d > 0.1D))")
OUTPUT_MODE = "append"
