from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE WHEN b THEN ts WHEN (i > 5) THEN TIMESTAMP'2024-02-29 00:00:00' WHEN (dt IS NOT NULL) THEN date_trunc('WEEK', ts) ELSE ts END AS c1"), expr("substring('Hello', 1, 0)").alias("c2"), expr("nullif(((coalesce(dt, dt, to_date('2023-12-31')) - INTERVAL 1 MONTH) + INTERVAL '1-1' YEAR TO MONTH), to_date('2000-01-01'))").alias("c3"), F.upper(col("t")), expr("concat(CAST(nvl2(b, i, 0) AS STRING), CAST(n AS STRING), s)").alias("c5")).filter((lit(None).cast("double").isin(lit(0.001), lit(0.1)) | col("c5").isNull()))
OUTPUT_MODE = "append"
