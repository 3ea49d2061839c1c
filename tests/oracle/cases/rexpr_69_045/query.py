from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, m DECIMAL(12,4), b BOOLEAN, i INT, dt DATE, d DOUBLE").load(INPUT)
result = df.groupBy("dt", "s").agg(expr("min(nullif(ifnull(dt, to_date('2025-03-01')), DATE'2024-02-29')) AS a1"), F.round(F.avg(F.when((col("b") | col("b")), col("i"))), 2).alias("a2"), expr("min(initcap(s)) AS a3"), F.max(F.date_sub(col("dt"), col("i"))).alias("a4"))
OUTPUT_MODE = "update"
