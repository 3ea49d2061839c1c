from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg(F.sum(F.when((col("t") >= lit("o")), col("i")).otherwise(lit(0))).alias("a1"), expr("sum((least((m - n), n, CASE WHEN (ts < TIMESTAMP'2024-03-01 12:30:00.123456') THEN n ELSE n END) + m)) AS a2"), F.avg(((col("m") / F.nullif(col("n"), lit(0))) * (col("m") / expr("10.5")))).alias("a3")).orderBy("dt")
OUTPUT_MODE = "complete"
ORDERED = True
