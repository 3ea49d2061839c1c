from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "t", expr("lpad(split_part(t, ',', 1), 6, 'ab') AS c1"), F.greatest(col("ts"), col("ts")).alias("c2"), expr("coalesce(dt, DATE'2023-12-31')").alias("c3"), expr("try_multiply(CAST((b IS NOT NULL) AS DOUBLE), (d / nullif(i, 0)))").alias("c4")).where("(isnull(c3) OR (id <> 1L))")
OUTPUT_MODE = "append"
