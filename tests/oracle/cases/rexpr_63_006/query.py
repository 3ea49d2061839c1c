from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, m DECIMAL(7,0), ts TIMESTAMP, t STRING, j INT, s STRING, b BOOLEAN, dt DATE, k BIGINT, i INT").json(INPUT)
result = df.where(col("k").isNotNull()).withColumn("c1", expr("(dt <= DATE'2025-03-01')")).withColumn("c2", F.char_length(F.date_format(col("dt"), "yyyy-MM-dd"))).withColumn("c3", expr("least(TIMESTAMP'2024-02-29 00:00:00', CAST(datediff(ts, dt) AS TIMESTAMP))")).withColumn("m", expr("CASE j WHEN -1 THEN m ELSE 1.25 END"))
OUTPUT_MODE = "append"
