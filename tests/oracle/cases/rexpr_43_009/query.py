from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, f FLOAT, i INT, t STRING, j INT, s STRING, m DECIMAL(18,6), d DOUBLE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("s") > lit(""))).select("id", expr("CASE WHEN (t IS NOT NULL) THEN to_date('2025-03-01') ELSE trunc(DATE'2000-01-01', 'WEEK') END AS c1"), F.least(F.try_to_timestamp(col("t")), col("ts"), F.date_trunc("HOUR", col("ts"))).alias("c2"), expr("bround(12.345, -1)").alias("c3"), F.when((col("f") != lit(0.5)), lit(-1)).when((col("d") >= lit(100.0)), col("j")).otherwise(lit(0)).alias("c4"))
OUTPUT_MODE = "append"
