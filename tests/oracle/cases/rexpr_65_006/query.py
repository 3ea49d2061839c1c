from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(n = 0.001)").select("id", "m", expr("CASE s WHEN '2024-02-29' THEN CAST(NULL AS BOOLEAN) WHEN 'abc' THEN (n < 12.345) ELSE ((ts IS NOT NULL) OR (m = 1.25)) END"), (col("n") * col("i")), expr("CAST((i - nullif(i, 0)) AS TIMESTAMP)").alias("c3"))
OUTPUT_MODE = "append"
