from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(20,0), dt DATE, i INT, ts TIMESTAMP, s STRING, f FLOAT, m DECIMAL(12,4), d DOUBLE, b BOOLEAN, t STRING").load(INPUT)
result = df.where((col("f") == lit(3.75))).groupBy("s").agg(expr("max(sqrt(dt)) AS a4"), F.round(F.avg(F.dayofyear(F.when(col("b"), F.to_date(col("ts"))).when((col("m") == expr("0.5")), F.trunc(col("dt"), "mon")).otherwise(col("dt")))), 0).alias("a1"), F.count_if(((lit(0) / F.nullif(col("d"), lit(0))) < F.abs(col("i")))).alias("a2"), expr("(max(CASE WHEN ((n <= -3.10) OR b) THEN (d + n) WHEN (dt <= to_date('2025-03-01')) THEN nullif(f, 3.75D) ELSE d END) - min(CASE WHEN ((n <= -3.10) OR b) THEN (d + n) WHEN (dt <= to_date('2025-03-01')) THEN nullif(f, 3.75D) ELSE d END)) AS a3")).orderBy(col("a1").desc(), col("s").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
