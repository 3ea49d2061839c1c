from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("b") | (col("d") < lit(3.75)))).select("id", expr("make_date(2023, month(trunc(coalesce(dt, DATE'2025-03-01'), 'mon')), 1) AS c1"), expr("CASE WHEN (n = 100BD) THEN (abs(0.001) / 7.5) WHEN (m = (n / 10.5)) THEN m ELSE ((- -3.10) * 2) END AS c2"), col("ts").cast("bigint").alias("c3"), expr("sqrt(sqrt(d))").alias("c4"))
OUTPUT_MODE = "append"
